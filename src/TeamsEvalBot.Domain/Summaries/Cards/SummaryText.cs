using System.Globalization;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>The wording the summary cards share, so a change reads the same on every card.</summary>
internal static class SummaryText
{
    /// <summary>"up (previous: Partly established)"; null when there is nothing to compare with.</summary>
    public static string? Change(LevelChange change, int? previousRank, Framework framework) =>
        change == LevelChange.NoPrevious || previousRank is not { } rank
            ? null
            : $"{change.Word()} (previous: {framework.Levels[rank].Name})";

    public static string Date(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Count(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {many ?? one + "s"}";

    /// <summary>"12 improvement actions, 3 overdue".</summary>
    public static string Actions(int actions, int overdue) =>
        actions == 0 ? "No improvement actions" : $"{Count(actions, "improvement action")}, {overdue.ToString(CultureInfo.InvariantCulture)} overdue";

    /// <summary>Why the ratings were contested, in words.</summary>
    public static string Contest(Contest contest)
    {
        var reasons = new List<string>();
        if (contest.IsClearDisagreement)
        {
            reasons.Add($"ratings were {contest.Spread.ToString(CultureInfo.InvariantCulture)} levels apart");
        }

        if (contest.OrganisationsDisagree)
        {
            reasons.Add("partner organisations disagreed");
        }

        return string.Join(" and ", reasons);
    }

    /// <summary>The start of a long text, cut at a word, for a one-line reminder of what a proposal says.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        var end = cut > length / 2 ? cut : length;

        // Half of a surrogate pair (an emoji, say) is not text.
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
