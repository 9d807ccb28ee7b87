using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// The spread of the ratings behind an agreed position and whether partner organisations' medians
/// were a level or more apart. They were contested when either is so, or the spread is 2 levels or more.
/// </summary>
public sealed record Contest(int Spread, bool OrganisationsDisagree)
{
    public bool IsClearDisagreement => Spread >= 2;

    public bool IsContested => IsClearDisagreement || OrganisationsDisagree;

    /// <summary>The tally's spread and organisation split, contested or not: what an agreed position records.</summary>
    public static Contest Of(Tally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new Contest(tally.Spread, tally.OrganisationsDisagree);
    }

    /// <summary>The contest in the tally, or null when the ratings were not contested.</summary>
    public static Contest? From(Tally tally)
    {
        return Of(tally) is { IsContested: true } contest ? contest : null;
    }
}
