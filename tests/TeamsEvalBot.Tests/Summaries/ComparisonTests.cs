using TeamsEvalBot.Domain.Summaries;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>Comparing a partnership's two latest workshops, as Moray's plan sets previous beside agreed.</summary>
public sealed class ComparisonTests
{
    [Fact]
    public void Between_GivesUpDownSameAndPending()
    {
        var comparison = WorkshopComparison.Between(Msg, Previous(Agreed("1.1", 1), Agreed("1.2", 2), Agreed("1.3", 3), Agreed("2.1", 2)), Start, [Agreed("1.1", 2), Agreed("1.2", 1), Agreed("1.3", 3), Agreed("2.2", 1)]);

        Assert.Equal(LevelChange.Up, Of(comparison, "1.1").Change);
        Assert.Equal(LevelChange.Down, Of(comparison, "1.2").Change);
        Assert.Equal(LevelChange.Same, Of(comparison, "1.3").Change);
        Assert.Equal((2, (int?)null, LevelChange.NoPrevious), (Of(comparison, "2.1").EarlierRank!.Value, Of(comparison, "2.1").LaterRank, Of(comparison, "2.1").Change));
        Assert.Equal(LevelChange.NoPrevious, Of(comparison, "2.2").Change);
        Assert.Null(Of(comparison, "3.2").EarlierRank);
        Assert.Equal(Msg.Proposals.Count(), comparison.Proposals.Count);
        Assert.Equal(1, comparison.Count(LevelChange.Up));
        Assert.True(comparison.SameFramework);
    }

    [Fact]
    public void Between_AnotherFramework_IsNoBaseline()
    {
        var earlier = new PreviousWorkshop("ci-demo", Start.AddYears(-1), [Agreed("1.1", 0)]);

        var comparison = WorkshopComparison.Between(Msg, earlier, Start, [Agreed("1.1", 2)]);

        Assert.False(comparison.SameFramework);
        Assert.Null(Of(comparison, "1.1").EarlierRank);
        Assert.Equal(LevelChange.NoPrevious, Of(comparison, "1.1").Change);
    }

    [Fact]
    public void Overview_CountsPartnershipsPerLevelAndRag()
    {
        var overview = PartnershipOverview.Count(Msg, [[Agreed("1.1", 2)], [Agreed("1.1", 3), Agreed("1.2", 0)], []]);

        var line = overview.Lines.Single(l => l.Proposal.Id == "1.1");
        Assert.Equal(3, overview.Partnerships);
        Assert.Equal([0, 0, 1, 1], line.CountsByRank);
        Assert.Equal(1, line.Pending);
        Assert.Equal(2, line.Count(RagStatus.Green));
        Assert.Equal(1, overview.Lines.Single(l => l.Proposal.Id == "1.2").Count(RagStatus.Red));
        Assert.Equal(22, overview.Lines.Count);
    }

    private static ComparedProposal Of(WorkshopComparison comparison, string id) => comparison.Proposals.Single(p => p.Proposal.Id == id);
}
