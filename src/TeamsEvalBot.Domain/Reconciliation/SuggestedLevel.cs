using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Domain.Reconciliation;

/// <summary>The level the bot suggests as a starting point for agreement: the median of the ratings.</summary>
public static class SuggestedLevel
{
    /// <returns>The suggested rank and a sentence that says why; null when nobody rated.</returns>
    public static (int Rank, string Reason)? From(Tally tally, IReadOnlyList<RatingLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(levels);
        if (tally.Count == 0)
        {
            return null;
        }

        var rank = tally.MedianRank;
        var reason = tally.MedianIsBetweenLevels
            ? $"The median falls between {levels[rank].Name} and {levels[rank + 1].Name}, so the lower level, {levels[rank].Name}, is suggested."
            : $"{levels[rank].Name} is the median of the {tally.Count} ratings.";
        return (rank, reason);
    }
}
