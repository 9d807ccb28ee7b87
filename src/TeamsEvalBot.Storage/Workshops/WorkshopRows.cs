using System.Globalization;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// The RowKeys of a workshop's partition in the Workshops table: the one place they are spelt.
/// Prefixes keep each kind together, so one range query reads, say, all ratings of a proposal's
/// round. Rounds are three digits and times nineteen, so keys sort as the numbers do.
/// </summary>
internal static class WorkshopRows
{
    /// <summary>The workshop itself: partnership, framework, settings, status, how many are members and how many observe.</summary>
    public const string Workshop = "workshop";

    /// <summary>
    /// Present while the workshop is open: start adds it, end deletes it in the transaction that ends
    /// the workshop. Every rating's transaction touches it, so none is stored once the workshop has ended.
    /// </summary>
    public const string Live = "live";

    public const string ProposalPrefix = "proposal|";
    public const string MemberPrefix = "member|";
    public const string RatingPrefix = "rating|";
    public const string HistoryPrefix = "history|";
    public const string OpenRoundPrefix = "open|";
    public const string AgreedPrefix = "agreed|";
    public const string AuditPrefix = "audit|";
    public const string PostedCardPrefix = "card|";
    public const string ErasurePrefix = "erasure|";
    public const string RolePrefix = "role|";

    private const int MaxActivityKeyLength = 256;

    public static string Proposal(string proposalId) => ProposalPrefix + KeyEncoding.Encode(proposalId);

    public static string Member(string personId) => MemberPrefix + KeyEncoding.Encode(personId);

    /// <summary>A facilitator or an observer: one row each, so a workshop holds any number of them.</summary>
    public static string Role(string personId) => RolePrefix + KeyEncoding.Encode(personId);

    /// <summary>Every round's ratings of a proposal.</summary>
    public static string RatingsPrefix(string proposalId) => $"{RatingPrefix}{KeyEncoding.Encode(proposalId)}|";

    public static string RoundRatingsPrefix(string proposalId, int round) => $"{RatingsPrefix(proposalId)}{Round(round)}|";

    public static string Rating(string proposalId, int round, string personId) =>
        RoundRatingsPrefix(proposalId, round) + KeyEncoding.Encode(personId);

    /// <summary>
    /// The proposal and round a rating row is for, read from rating|&lt;proposal&gt;|&lt;round&gt;|&lt;person&gt;.
    /// Proposal ids are letters, digits and a dot, which key encoding leaves as they are.
    /// </summary>
    public static ProposalRound RoundOfRating(string rowKey)
    {
        var parts = rowKey.Split('|');
        return new ProposalRound(parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Present while a proposal's round takes ratings: posting or a new round adds it, close and reveal
    /// delete it in the transaction that moves the proposal on. Every rating's transaction touches it,
    /// so a rating that loses the race to a close fails as a whole and stores nothing.
    /// </summary>
    public static string OpenRound(string proposalId, int round) => $"{OpenRoundPrefix}{KeyEncoding.Encode(proposalId)}|{Round(round)}";

    /// <summary>Every change of every rating of a proposal.</summary>
    public static string HistoryOfProposalPrefix(string proposalId) => $"{HistoryPrefix}{KeyEncoding.Encode(proposalId)}|";

    /// <summary>
    /// One change of a rating, keyed by the activity that made it: a second delivery of that activity
    /// (a Teams retry) then collides with the first instead of adding an entry. Without a usable
    /// activity id, the time of the change is the key.
    /// </summary>
    public static string History(string proposalId, int round, string personId, string? activityId, DateTimeOffset at)
    {
        var prefix = $"{HistoryOfProposalPrefix(proposalId)}{Round(round)}|{KeyEncoding.Encode(personId)}|";
        var activity = string.IsNullOrEmpty(activityId) ? null : KeyEncoding.Encode(activityId);

        // Teams' activity ids are short; one too long for a RowKey (at most 1 KiB) must not make the rating fail.
        return activity is not null && activity.Length <= MaxActivityKeyLength
            ? $"{prefix}activity:{activity}"
            : prefix + Ticks(at);
    }

    /// <summary>A proposal's agreed position, with its improvement actions.</summary>
    public static string Agreed(string proposalId) => AgreedPrefix + KeyEncoding.Encode(proposalId);

    /// <summary>Every save of a proposal's agreed position, oldest first.</summary>
    public static string AuditOfProposalPrefix(string proposalId) => $"{AuditPrefix}{KeyEncoding.Encode(proposalId)}|";

    public static string Audit(string proposalId, DateTimeOffset at) => AuditOfProposalPrefix(proposalId) + Ticks(at);

    /// <summary>Every card posted to a chat that quotes the evidence of one of a proposal's rounds.</summary>
    public static string PostedCardsPrefix(string proposalId) => $"{PostedCardPrefix}{KeyEncoding.Encode(proposalId)}|";

    /// <summary>A card that quotes a round's evidence, where it was posted: an earlier round's shared card, a reconcile card, a proposal's summary.</summary>
    public static string PostedCard(string proposalId, int round, Guid id) => $"{PostedCardsPrefix(proposalId)}{Round(round)}|{id:N}";

    /// <summary>What one "forget me" erased in this workshop, written in the same transaction as each deletion.</summary>
    public static string Erasure(string erasureId) => ErasurePrefix + erasureId;

    /// <summary>The end of a prefix range: '}' sorts just after the '|' that ends every prefix.</summary>
    public static string EndOf(string prefix) => prefix[..^1] + "}";

    private static string Round(int round) => round.ToString("D3", CultureInfo.InvariantCulture);

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
