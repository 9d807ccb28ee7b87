using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>The red, amber and green mapping, and the dates people type for a paper round.</summary>
public sealed class RagAndDateTests
{
    [Theory]
    [InlineData(null, RagStatus.Grey, "Grey (pending)")]
    [InlineData(0, RagStatus.Red, "Red")]
    [InlineData(1, RagStatus.Amber, "Amber")]
    [InlineData(2, RagStatus.Green, "Green")]
    [InlineData(3, RagStatus.Green, "Green")]
    public void Rag_MapsLevelsToTheNationalColours_WithWords(int? rank, RagStatus expected, string word)
    {
        Assert.Equal(expected, RagStatuses.Of(rank));
        Assert.Equal(word, RagStatuses.Of(rank).Word());
    }

    [Theory]
    [InlineData("14/03/2019", 2019, 3, 14)]
    [InlineData("2019-03-14", 2019, 3, 14)]
    [InlineData("March 2019", 2019, 3, 1)]
    [InlineData("march 2019", 2019, 3, 1)]
    [InlineData("Mar 2019", 2019, 3, 1)]
    [InlineData(" 1/4/2020 ", 2020, 4, 1)]
    public void PreviousDate_ReadsTheUsualForms(string typed, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PreviousDate.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("31/02/2019")]
    [InlineData("03/14/2019")]
    [InlineData("last year")]
    public void PreviousDate_RefusesOtherText(string typed) => Assert.Null(PreviousDate.Parse(typed));

    [Theory]
    [InlineData("Moray HSCP March 2019", "Moray HSCP", 2019, 3, 1)]
    [InlineData("Angus Health and Social Care Partnership 14/03/2019", "Angus Health and Social Care Partnership", 2019, 3, 14)]
    public void ImportArguments_SplitsNameAndDate(string typed, string partnership, int year, int month, int day) =>
        Assert.Equal(new ImportArguments(partnership, new DateOnly(year, month, day)), ImportArguments.Parse(typed));

    [Theory]
    [InlineData("Moray")]
    [InlineData("March 2019")]
    [InlineData("")]
    public void ImportArguments_NeedsNameAndDate(string typed) => Assert.Null(ImportArguments.Parse(typed));
}
