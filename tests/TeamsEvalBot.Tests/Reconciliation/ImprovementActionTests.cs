using Microsoft.Extensions.Time.Testing;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Tests.Reconciliation;

public sealed class ImprovementActionTests
{
    [Theory]
    [InlineData("31/03/2027", 2027, 3, 31)]
    [InlineData("1/4/2027", 2027, 4, 1)]
    [InlineData("2027-03-31", 2027, 3, 31)]
    [InlineData("31 March 2027", 2027, 3, 31)]
    [InlineData(" 31 Mar 2027 ", 2027, 3, 31)]
    public void Timescale_ReadsTheDatesPeopleWrite(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), new Timescale(text).Date);

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("December 2021")]
    [InlineData("By the end of the year")]
    [InlineData("31/02/2027")]
    public void Timescale_InWordsOrImpossible_HasNoDate(string text) =>
        Assert.Null(new Timescale(text).Date);

    [Theory]
    [InlineData("31/03/2027", ActionStatus.Planned, "2027-04-01", true)]
    [InlineData("31/03/2027", ActionStatus.InProgress, "2027-04-01", true)]
    [InlineData("31/03/2027", ActionStatus.Done, "2027-04-01", false)]
    [InlineData("31/03/2027", ActionStatus.Planned, "2027-03-31", false)]
    [InlineData("Ongoing", ActionStatus.Planned, "2099-01-01", false)]
    public void IsOverdue_OnlyWithADatePassedAndNotDone(string timescale, ActionStatus status, string today, bool expected)
    {
        var action = new ImprovementAction("Review", "Lead", PartnerOrganisation.NhsBoard, new Timescale(timescale), status);

        Assert.Equal(expected, action.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void UkToday_InSummerTime_IsAlreadyTomorrowAtElevenPmUtc()
    {
        // 31 March 2027 23:30 UTC is 00:30 on 1 April in London (BST, UTC+1): an action due on 31 March is overdue.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 4, 1), UkTime.Today(clock));
    }

    [Fact]
    public void UkToday_InWinter_IsTheUtcDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 15, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 15), UkTime.Today(clock));
    }
}
