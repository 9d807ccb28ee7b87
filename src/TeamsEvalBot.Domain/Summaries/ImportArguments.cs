namespace TeamsEvalBot.Domain.Summaries;

/// <summary>What follows "import previous": the partnership's name, then the date of the paper round ("March 2019", 14/03/2019 or 2019-03-14).</summary>
public sealed record ImportArguments(string Partnership, DateOnly Date)
{
    public static ImportArguments? Parse(string? arguments)
    {
        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // "March 2019" takes the last two words; a day's date takes one.
        foreach (var dateWords in new[] { 2, 1 })
        {
            if (words.Length > dateWords && PreviousDate.Parse(string.Join(' ', words[^dateWords..])) is { } date)
            {
                return new ImportArguments(string.Join(' ', words[..^dateWords]), date);
            }
        }

        return null;
    }
}
