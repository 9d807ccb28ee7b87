using System.Globalization;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// RowKeys inside a workshop's partition. Prefixes keep each kind together, so one range query
/// reads all ratings of a proposal's round.
/// </summary>
internal static class WorkshopRows
{
    public const string Workshop = "workshop";

    private const int MaxActivityKeyLength = 256;

    public static string Proposal(string proposalId) => $"proposal|{KeyEncoding.Encode(proposalId)}";

    public const string ProposalPrefix = "proposal|";

    public static string Member(string personId) => $"member|{KeyEncoding.Encode(personId)}";

    public const string MemberPrefix = "member|";

    /// <summary>Every round's ratings of a proposal.</summary>
    public static string RatingsPrefix(string proposalId) => $"rating|{KeyEncoding.Encode(proposalId)}|";

    public static string RatingPrefix(string proposalId, int round) =>
        $"rating|{KeyEncoding.Encode(proposalId)}|{round.ToString("D3", CultureInfo.InvariantCulture)}|";

    public static string Rating(string proposalId, int round, string personId) =>
        RatingPrefix(proposalId, round) + KeyEncoding.Encode(personId);

    /// <summary>How many had rated a round when its shared card was last drawn.</summary>
    public static string RatedCount(string proposalId, int round) =>
        $"count|{KeyEncoding.Encode(proposalId)}|{round.ToString("D3", CultureInfo.InvariantCulture)}";

    public const string RatedCountPrefix = "count|";

    /// <summary>
    /// One change of a rating, keyed by the activity that made it: a second delivery of that activity
    /// (a Teams retry) then collides with the first instead of adding an entry. Without a usable
    /// activity id, the time of the change is the key.
    /// </summary>
    public static string History(string proposalId, int round, string personId, string? activityId, DateTimeOffset at)
    {
        var prefix = $"history|{KeyEncoding.Encode(proposalId)}|{round.ToString("D3", CultureInfo.InvariantCulture)}|{KeyEncoding.Encode(personId)}|";
        var activity = string.IsNullOrEmpty(activityId) ? null : KeyEncoding.Encode(activityId);

        // Teams' activity ids are short; one too long for a RowKey (at most 1 KiB) must not make the rating fail.
        return activity is not null && activity.Length <= MaxActivityKeyLength
            ? $"{prefix}activity:{activity}"
            : prefix + at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
    }

    /// <summary>The end of a prefix range: '}' sorts just after the '|' that ends every prefix.</summary>
    public static string EndOf(string prefix) => prefix[..^1] + "}";
}
