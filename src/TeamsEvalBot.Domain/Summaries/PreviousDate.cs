using System.Globalization;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>The date a previous, paper self-evaluation was held, as people type it: 14/03/2019, 2019-03-14 or "March 2019" (the 1st).</summary>
public static class PreviousDate
{
    private static readonly string[] DayFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    private static readonly string[] MonthFormats = ["MMMM yyyy", "MMM yyyy"];

    public static DateOnly? Parse(string? typed)
    {
        var text = (typed ?? string.Empty).Trim();
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var month) ? month : null;
    }
}
