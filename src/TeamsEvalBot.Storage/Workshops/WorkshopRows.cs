using System.Globalization;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// RowKeys inside a workshop's partition. Prefixes keep each kind together, so one range query
/// reads all ratings of a proposal's round.
/// </summary>
internal static class WorkshopRows
{
    public const string Workshop = "workshop";

    public static string Proposal(string proposalId) => $"proposal|{KeyEncoding.Encode(proposalId)}";

    public const string ProposalPrefix = "proposal|";

    public static string Member(string personId) => $"member|{KeyEncoding.Encode(personId)}";

    public const string MemberPrefix = "member|";

    public static string RatingPrefix(string proposalId, int round) =>
        $"rating|{KeyEncoding.Encode(proposalId)}|{round.ToString("D3", CultureInfo.InvariantCulture)}|";

    public static string Rating(string proposalId, int round, string personId) =>
        RatingPrefix(proposalId, round) + KeyEncoding.Encode(personId);

    public static string History(string proposalId, int round, string personId, DateTimeOffset at) =>
        $"history|{KeyEncoding.Encode(proposalId)}|{round.ToString("D3", CultureInfo.InvariantCulture)}|{KeyEncoding.Encode(personId)}|{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}";

    /// <summary>The end of a prefix range: '}' sorts just after the '|' that ends every prefix.</summary>
    public static string EndOf(string prefix) => prefix[..^1] + "}";
}
