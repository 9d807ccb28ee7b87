using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Rating;

/// <summary>
/// Who may be named beside a rating or its evidence: the rater and their organisation, or less.
/// The cards and the exports all ask this, so they hide the same things.
/// </summary>
public sealed record Attribution(string? Name, PartnerOrganisation? Organisation)
{
    public static Attribution Nobody { get; } = new(null, null);

    /// <summary>
    /// Anonymous: nobody. Named: the rater, and their organisation only if the round's breakdown
    /// shows it: an organisation with fewer raters than the smallest group is left out there, so
    /// naming it beside its excerpts would undo that. "Not known yet" is no group, so it names no one.
    /// </summary>
    /// <param name="round">The tally of the rating's round, made with the workshop's smallest group.</param>
    public static Attribution Beside(RatingEntry rating, WorkshopSettings settings, Tally round)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(round);
        if (settings.Anonymity == Anonymity.Anonymous)
        {
            return Nobody;
        }

        var shown = rating.Organisation == PartnerOrganisation.Unknown || round.Organisations.Any(o => o.Organisation == rating.Organisation);
        return new(rating.ParticipantName, shown ? rating.Organisation : null);
    }
}
