using System.Globalization;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// How partnership names are compared. People type the same partnership as "Angus Health and
/// Social Care Partnership" and " angus health and  social care partnership", so both give one key.
/// A look-alike spelt with compatibility characters (full-width letters, ligatures) folds to the
/// same key, one hiding zero-width or direction marks is refused, and so is one with letters of
/// other scripts that pass for Latin ones (Cyrillic "а" for "a").
/// </summary>
/// <remarks>
/// The bot runs with invariant globalization, where <see cref="string.Normalize(System.Text.NormalizationForm)"/>
/// leaves non-ASCII text as it is; so the compatibility forms that NFKC would change among the
/// characters a name may hold are folded here, and every other character is refused.
/// </remarks>
public static class PartnershipName
{
    /// <summary>The longest name a workshop may have: it must fit a table key and a reply.</summary>
    public const int MaxLength = 120;

    private static readonly Dictionary<char, string> Compatibility = new()
    {
        ['\u00AA'] = "a", ['\u00BA'] = "o", ['\u00B9'] = "1", ['\u00B2'] = "2", ['\u00B3'] = "3",
        ['\u0132'] = "IJ", ['\u0133'] = "ij", ['\u013F'] = "L", ['\u0140'] = "l", ['\u0149'] = "'n", ['\u017F'] = "s",
        ['\u01C4'] = "DZ", ['\u01C5'] = "Dz", ['\u01C6'] = "dz", ['\u01C7'] = "LJ", ['\u01C8'] = "Lj", ['\u01C9'] = "lj",
        ['\u01CA'] = "NJ", ['\u01CB'] = "Nj", ['\u01CC'] = "nj", ['\u01F1'] = "DZ", ['\u01F2'] = "Dz", ['\u01F3'] = "dz",
        ['\uFB00'] = "ff", ['\uFB01'] = "fi", ['\uFB02'] = "fl", ['\uFB03'] = "ffi", ['\uFB04'] = "ffl", ['\uFB05'] = "st", ['\uFB06'] = "st",
    };

    /// <summary>Compatibility forms folded (as NFKC would), case folded, trimmed, each run of white space made one space.</summary>
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

    /// <summary>
    /// Characters a partnership's name may not hold: anything but the Latin alphabet with its
    /// accents (Gaelic's included), digits, spaces and ordinary punctuation, once compatibility forms are folded.
    /// </summary>
    public static bool HasUnsupportedCharacters(string partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return Folded(partnership).Any(c => !(char.IsWhiteSpace(c)
            || (c < '\u0250' && !char.IsControl(c))
            || c is >= '\u2010' and <= '\u2027'));
    }

    private static string[] Words(string text) =>
        Folded(text).ToUpperInvariant().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Folded(string text) => string.Concat(text.Select(c => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        '\u3000' => " ",
        _ => Compatibility.GetValueOrDefault(c) ?? c.ToString(),
    }));
}
