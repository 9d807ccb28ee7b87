using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>The summary's arithmetic: changes since the previous workshop, counts per level, contested proposals and overdue actions.</summary>
public sealed class SummaryCalculatorTests
{
    [Theory]
    [InlineData(2, 1, LevelChange.Up)]
    [InlineData(1, 2, LevelChange.Down)]
    [InlineData(2, 2, LevelChange.Same)]
    [InlineData(0, null, LevelChange.NoPrevious)]
    public void LevelChange_ComparesTheAgreedRankWithThePrevious(int agreed, int? previous, LevelChange expected) =>
        Assert.Equal(expected, LevelChanges.Between(agreed, previous));

    [Fact]
    public void Summary_ComparesEachProposalWithThePreviousWorkshop()
    {
        var summary = SummaryOf(
            [Agreed("1.1", 2), Agreed("1.2", 1), Agreed("1.3", 3), Agreed("2.1", 0)],
            previous: Previous(Agreed("1.1", 1), Agreed("1.2", 2), Agreed("1.3", 3)));

        Assert.Equal((LevelChange.Up, 1), (Line(summary, "1.1").Change, Line(summary, "1.1").PreviousRank));
        Assert.Equal((LevelChange.Down, 2), (Line(summary, "1.2").Change, Line(summary, "1.2").PreviousRank));
        Assert.Equal((LevelChange.Same, 3), (Line(summary, "1.3").Change, Line(summary, "1.3").PreviousRank));
        Assert.Equal((LevelChange.NoPrevious, (int?)null), (Line(summary, "2.1").Change, Line(summary, "2.1").PreviousRank));
    }

    [Fact]
    public void Summary_DoesNotCompareWithAWorkshopOfAnotherFramework()
    {
        var summary = SummaryOf([Agreed("1.1", 2)], previous: new PreviousWorkshop("ci-demo", Start.AddYears(-1), [Agreed("1.1", 0)]));

        Assert.Equal(LevelChange.NoPrevious, Line(summary, "1.1").Change);
        Assert.Null(summary.Previous);
    }

    [Fact]
    public void Summary_CountsProposalsAtEachLevel_PendingAndNotForLocalCompletion()
    {
        var summary = SummaryOf([Agreed("1.1", 2), Agreed("1.2", 2), Agreed("1.3", 0), Agreed("2.1", 3)]);

        Assert.Equal([1, 0, 2, 1], summary.CountsByRank);
        Assert.Equal(4, summary.Agreed);
        Assert.Equal(18, summary.Pending);
        Assert.Equal(3, summary.NotForLocalCompletion);
        Assert.Equal(ProposalState.NotForLocalCompletion, Line(summary, "3.2").State);
        Assert.Equal(ProposalState.Pending, Line(summary, "2.2").State);
        Assert.Equal(25, summary.Proposals.Count);
    }

    [Fact]
    public void Summary_ContestedWhenTheAgreedRoundSpreadIsTwoOrMore()
    {
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.LocalAuthority, 2));

        var contest = Line(SummaryOf([Agreed("1.1", 1)], ratings), "1.1").Contest;

        Assert.NotNull(contest);
        Assert.Equal(2, contest.Spread);
        Assert.True(contest.IsClearDisagreement);
    }

    [Fact]
    public void Summary_ContestedWhenOrganisationsDisagree_EvenWithASpreadOfOne()
    {
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.LocalAuthority, 2), (PartnerOrganisation.LocalAuthority, 2));

        var contest = Line(SummaryOf([Agreed("1.1", 2)], ratings), "1.1").Contest;

        Assert.NotNull(contest);
        Assert.True(contest.OrganisationsDisagree);
        Assert.False(contest.IsClearDisagreement);
    }

    [Fact]
    public void Summary_UsesTheRoundThatWasAgreed_NotAnEarlierOne()
    {
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.LocalAuthority, 3));
        foreach (var (key, value) in Ratings("1.1", 2, (PartnerOrganisation.NhsBoard, 2), (PartnerOrganisation.LocalAuthority, 2)))
        {
            ratings[key] = value;
        }

        Assert.Null(Line(SummaryOf([Agreed("1.1", 2, round: 2)], ratings), "1.1").Contest);
        Assert.NotNull(Line(SummaryOf([Agreed("1.1", 2, round: 1)], ratings), "1.1").Contest);
    }

    [Fact]
    public void Summary_UsesTheRatingsRecordedWhenAgreed_WithoutReadingRatings()
    {
        AgreedPosition[] agreed = [Agreed("1.1", 1) with { RatingsWhenAgreed = new Contest(2, false) }, Agreed("1.2", 2) with { RatingsWhenAgreed = new Contest(1, false) }];

        var summary = SummaryOf(agreed);

        Assert.False(SummaryCalculator.NeedsRatings(agreed));
        Assert.Equal(2, Line(summary, "1.1").Contest!.Spread);
        Assert.Null(Line(summary, "1.2").Contest);
    }

    [Fact]
    public void Summary_NeedsRatings_OnlyForAPositionThatRecordedNone()
    {
        Assert.True(SummaryCalculator.NeedsRatings([Agreed("1.1", 1) with { RatingsWhenAgreed = new Contest(0, false) }, Agreed("1.2", 1)]));
    }

    [Fact]
    public void Summary_HidesSmallOrganisations_SoTheyCannotMakeAContest()
    {
        // One council rater is below the anonymity minimum of 2, so no organisation split is shown or counted.
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.LocalAuthority, 2));

        Assert.Null(Line(SummaryOf([Agreed("1.1", 1)], ratings), "1.1").Contest);
    }

    [Fact]
    public void Summary_CountsActions_AndThoseOverdueInUkTime()
    {
        var summary = SummaryOf(
        [
            Agreed("1.1", 2, 1, Action("28/02/2026"), Action("01/03/2026"), Action("Ongoing")),
            Agreed("1.2", 1, 1, Action("01/01/2026", ActionStatus.Done), Action("2025-12-31", ActionStatus.InProgress)),
        ]);

        Assert.Equal(5, summary.Actions);
        Assert.Equal(2, summary.OverdueActions);
        Assert.Equal((3, 1), (Line(summary, "1.1").Actions, Line(summary, "1.1").OverdueActions));
        Assert.Equal((2, 1), (Line(summary, "1.2").Actions, Line(summary, "1.2").OverdueActions));
    }

    [Fact]
    public void ProposalDetail_CountsOnlyRevealedRounds()
    {
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.LocalAuthority, 3));
        foreach (var (key, value) in Ratings("1.1", 2, (PartnerOrganisation.NhsBoard, 2)))
        {
            ratings[key] = value;
        }

        var open = ProposalDetail.Build(Msg, NewWorkshop(), Msg.FindProposal("1.1")!, null, Progress(TeamsEvalBot.Domain.Workshops.ProposalStatus.Open, round: 2), ratings, null, Today);
        var revealed = ProposalDetail.Build(Msg, NewWorkshop(), Msg.FindProposal("1.1")!, Agreed("1.1", 2, round: 2), Progress(TeamsEvalBot.Domain.Workshops.ProposalStatus.Revealed, round: 2), ratings, Previous(Agreed("1.1", 3)), Today);

        Assert.Equal([1], open.Rounds.Select(r => r.Round));
        Assert.Equal([1, 2], revealed.Rounds.Select(r => r.Round));
        Assert.Equal(LevelChange.Down, revealed.Change);
        Assert.Single(revealed.AgreedRoundRatings);
        Assert.Null(revealed.Contest);
    }

    [Theory]
    [InlineData(" Angus  Health and Social Care Partnership ", "angus health and social care partnership")]
    [InlineData("ANGUS HSCP", "angus hscp")]
    public void PartnershipName_KeyIgnoresCaseAndSpaces(string typed, string key) =>
        Assert.Equal(key, PartnershipName.Key(typed));

    [Theory]
    [InlineData("angus", true)]
    [InlineData("Angus social", true)]
    [InlineData("moray", false)]
    [InlineData("  ", false)]
    public void PartnershipName_HasAllWords(string typed, bool expected) =>
        Assert.Equal(expected, PartnershipName.HasAllWords(Partnership, typed));

    [Theory]
    [InlineData("2.3", new[] { "2.3" }, new string[0])]
    [InlineData("angus 2.3", new[] { "2.3" }, new[] { "angus" })]
    [InlineData("Budgets, Angus!", new string[0], new[] { "budgets", "angus" })]
    [InlineData("", new string[0], new string[0])]
    public void PositionQuery_SplitsIdsFromWords(string typed, string[] ids, string[] words)
    {
        var query = PositionQuery.Parse(typed);

        Assert.Equal(ids, query.ProposalIds);
        Assert.Equal(words, query.Words);
    }

    [Theory]
    [InlineData("2.3", "2.3", true)]
    [InlineData("2.3", "2.4", false)]
    [InlineData("angus hospital", "2.3", true)]
    [InlineData("angus finances", "2.1", true)]
    [InlineData("moray", "2.3", false)]
    public void PositionQuery_MatchesPartnershipProposalTextAndKeyFeature(string typed, string proposalId, bool expected)
    {
        var proposal = Msg.FindProposal(proposalId)!;

        Assert.Equal(expected, PositionQuery.Parse(typed).Matches(Partnership, Msg.FindKeyFeature(proposal.KeyFeatureId)!, proposal));
    }

    [Fact]
    public void PreviousWorkshop_RankOf_MatchesIdsOfTheSameFrameworkOnly()
    {
        var previous = Previous(Agreed("1.1", 1));

        Assert.Equal(1, previous.RankOf(FrameworkCatalogue.DefaultId, "1.1"));
        Assert.Null(previous.RankOf(FrameworkCatalogue.DefaultId, "1.2"));
        Assert.Null(previous.RankOf("ci-demo", "1.1"));
    }
}
