using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Rules;

public sealed class RatingRulesTests
{
    private const string Rater = "29:rater";

    private static readonly SubmittedRating Valid = new("2", "The board minutes show joint decisions.", "Publish the minutes.");

    private static RatingProblem? Check(Workshop? workshop = null, ProposalProgress? current = null, int cardRound = 1, string person = Rater, SubmittedRating? submitted = null) =>
        RatingRules.Check(workshop ?? NewWorkshop(), current ?? Progress(), cardRound, Msg, person, submitted ?? Valid);

    [Fact]
    public void AValidRating_HasNoProblem() => Assert.Null(Check());

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    public void EveryLevelOnTheScale_IsValid(string level) => Assert.Null(Check(submitted: Valid with { Level = level }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("-1")]
    [InlineData("02")]
    [InlineData(" 2")]
    [InlineData("Established")]
    public void ALevelNotOnTheScale_IsRefused(string? level) =>
        Assert.Equal(RatingProblem.LevelNotOnScale, Check(submitted: Valid with { Level = level }));

    [Fact]
    public void EvidenceAtTheLimit_IsValid_AndOneMoreCharacterIsNot()
    {
        Assert.Null(Check(submitted: Valid with { Evidence = new string('e', RatingRules.MaxEvidenceLength) }));
        Assert.Equal(RatingProblem.EvidenceTooLong, Check(submitted: Valid with { Evidence = new string('e', RatingRules.MaxEvidenceLength + 1) }));
    }

    [Fact]
    public void ASuggestedActionAtTheLimit_IsValid_AndOneMoreCharacterIsNot()
    {
        Assert.Null(Check(submitted: Valid with { SuggestedAction = new string('a', RatingRules.MaxActionLength) }));
        Assert.Equal(RatingProblem.ActionTooLong, Check(submitted: Valid with { SuggestedAction = new string('a', RatingRules.MaxActionLength + 1) }));
    }

    [Theory]
    [InlineData("line one\nline two\r\n\tindented", null)]
    [InlineData("bell\u0007", RatingProblem.ControlCharacters)]
    [InlineData("nul\u0000", RatingProblem.ControlCharacters)]
    [InlineData("escape\u001b[31m", RatingProblem.ControlCharacters)]
    public void NewLinesAndTabs_AreOrdinary_OtherControlCharactersAreNot(string evidence, RatingProblem? expected) =>
        Assert.Equal(expected, Check(submitted: Valid with { Evidence = evidence }));

    [Fact]
    public void ControlCharactersInTheSuggestedAction_AreRefusedToo() =>
        Assert.Equal(RatingProblem.ControlCharacters, Check(submitted: Valid with { SuggestedAction = "x\u0001" }));

    [Theory]
    [InlineData(ProposalStatus.Closed)]
    [InlineData(ProposalStatus.Revealed)]
    public void AProposalThatIsNotOpen_TakesNoRating(ProposalStatus status) =>
        Assert.Equal(RatingProblem.ProposalClosed, Check(current: Progress(status)));

    [Fact]
    public void AnEndedWorkshop_TakesNoRating() =>
        Assert.Equal(RatingProblem.WorkshopEnded, Check(workshop: NewWorkshop(status: WorkshopStatus.Ended)));

    [Fact]
    public void AnObserver_CannotRate()
    {
        var workshop = NewWorkshop() with { Observers = [new Person(Rater, "Olive Observer")] };
        Assert.Equal(RatingProblem.Observer, Check(workshop: workshop));
    }

    [Fact]
    public void ACardForAnEarlierRound_CannotRate_EvenIfItsLevelIsFine() =>
        Assert.Equal(RatingProblem.EarlierRound, Check(current: Progress(round: 2), cardRound: 1));

    [Fact]
    public void TheFirstProblemWins_InTheOrderPeopleCanActOn()
    {
        var everythingWrong = Valid with { Level = "9", Evidence = new string('e', RatingRules.MaxEvidenceLength + 1) };
        Assert.Equal(RatingProblem.WorkshopEnded, Check(workshop: NewWorkshop(status: WorkshopStatus.Ended), current: Progress(ProposalStatus.Closed), submitted: everythingWrong));
        Assert.Equal(RatingProblem.ProposalClosed, Check(current: Progress(ProposalStatus.Closed), submitted: everythingWrong));
        Assert.Equal(RatingProblem.LevelNotOnScale, Check(submitted: everythingWrong));
    }
}
