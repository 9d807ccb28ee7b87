using TeamsEvalBot.Workshops.Rating;

namespace TeamsEvalBot.Workshops.Summaries;

/// <summary>
/// Why the ratings behind an agreed position were contested: a spread of 2 levels or more, or
/// partner organisations whose medians are a level or more apart.
/// </summary>
public sealed record Contest(int Spread, bool OrganisationsDisagree)
{
    public bool IsClearDisagreement => Spread >= 2;

    /// <summary>The contest in the tally, or null when the ratings were not contested.</summary>
    public static Contest? From(Tally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return tally.IsClearDisagreement || tally.OrganisationsDisagree ? new Contest(tally.Spread, tally.OrganisationsDisagree) : null;
    }
}
