using System.Globalization;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>RowKeys in a conversation's partition of the Conversations table.</summary>
internal static class ConversationRows
{
    /// <summary>The pointer to the conversation's open workshop; there is at most one.</summary>
    public const string ActiveWorkshop = "workshop";

    public const string EndedPrefix = "ended|";

    /// <summary>
    /// An ended workshop. Reverse ticks of its start put the latest first; using the start, not the
    /// end, keeps the key the same when an interrupted "end workshop" is repeated.
    /// </summary>
    public static string Ended(string workshopId, DateTimeOffset startedAt) =>
        $"{EndedPrefix}{(DateTimeOffset.MaxValue.UtcTicks - startedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}|{workshopId}";
}
