using System.Globalization;
using System.Text;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// How partnership names are compared. People type the same partnership as "Angus Health and
/// Social Care Partnership" and " angus health and  social care partnership", so both give one key;
/// a look-alike spelt with compatibility characters (full-width letters, ligatures) gives the same
/// key too, and one hiding zero-width or direction marks is refused outright.
/// </summary>
public static class PartnershipName
{
    /// <summary>The longest name a workshop may have: it must fit a table key and a reply.</summary>
    public const int MaxLength = 120;

    /// <summary>NFKC, case folded, trimmed, with each run of white space made one space.</summary>
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

    /// <summary>
    /// Characters that change how a name looks, or hide in it, without being letters: control
    /// characters, zero-width characters and the bidirectional marks and overrides.
    /// </summary>
    public static bool HasHiddenCharacters(string partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return partnership.Any(c => char.IsControl(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            || c is '\u034F' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0');
    }

    private static string[] Words(string text) =>
        text.Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
