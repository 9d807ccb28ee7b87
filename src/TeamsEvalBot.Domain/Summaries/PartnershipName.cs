namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// How partnership names are compared. People type the same partnership as "Angus Health and
/// Social Care Partnership" and " angus health and  social care partnership", so both give one key.
/// </summary>
public static class PartnershipName
{
    /// <summary>The longest name a workshop may have: it must fit a table key and a reply.</summary>
    public const int MaxLength = 120;

    /// <summary>Lower case, trimmed, with each run of white space made one space.</summary>
    public static string Key(string partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return string.Join(' ', Words(partnership));
    }

    /// <summary>Whether every typed word is part of the name, so "angus" finds "Angus Health and Social Care Partnership".</summary>
    public static bool HasAllWords(string partnership, string typed)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(typed);
        var key = Key(partnership);
        var words = Words(typed);
        return words.Length > 0 && words.All(w => key.Contains(w, StringComparison.Ordinal));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
