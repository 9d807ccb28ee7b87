using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Rules;

public sealed class ProposalProgressTests
{
    [Fact]
    public void APostedProposal_OpensRoundOne_UnlessItIsNotRated()
    {
        var rated = ProposalProgress.Posted("1.1", isRateable: true, Start);
        var notRated = ProposalProgress.Posted("6.2", isRateable: false, Start);

        Assert.Equal((1, ProposalStatus.Open, true), (rated.Round, rated.Status, rated.AcceptsRatings));
        Assert.Equal((1, ProposalStatus.Closed, false), (notRated.Round, notRated.Status, notRated.AcceptsRatings));
    }

    [Theory]
    [InlineData(ProposalStatus.Open, ProposalStatus.Closed, true)]
    [InlineData(ProposalStatus.Open, ProposalStatus.Revealed, true)]
    [InlineData(ProposalStatus.Closed, ProposalStatus.Revealed, true)]
    [InlineData(ProposalStatus.Open, ProposalStatus.Open, false)]
    [InlineData(ProposalStatus.Closed, ProposalStatus.Closed, false)]
    [InlineData(ProposalStatus.Closed, ProposalStatus.Open, false)]
    [InlineData(ProposalStatus.Revealed, ProposalStatus.Closed, false)]
    [InlineData(ProposalStatus.Revealed, ProposalStatus.Open, false)]
    public void ARound_MovesOneWayOnly(ProposalStatus from, ProposalStatus to, bool allowed)
    {
        var progress = Progress(from);
        Assert.Equal(allowed, progress.CanMoveTo(to));
        if (allowed)
        {
            Assert.Equal(to, progress.MovedTo(to).Status);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => progress.MovedTo(to));
        }
    }

    [Fact]
    public void ANewRound_FollowsOnlyARevealedOne_AndOpensWithoutACard()
    {
        var later = Start.AddHours(1);
        var next = Progress(ProposalStatus.Revealed, round: 2).NextRound(later);

        Assert.Equal(new ProposalProgress("1.1", 3, ProposalStatus.Open, null, later), next);
        Assert.False(Progress(ProposalStatus.Open).CanOpenNewRound);
        Assert.False(Progress(ProposalStatus.Closed).CanOpenNewRound);
        Assert.Throws<InvalidOperationException>(() => Progress(ProposalStatus.Closed).NextRound(later));
    }

    [Fact]
    public void AnEarlierRound_ReadsAsRevealed_AndTheCurrentOneCannotBeEarlier()
    {
        var current = Progress(ProposalStatus.Open, round: 3);

        Assert.Equal((1, ProposalStatus.Revealed), (current.AsEarlierRound(1).Round, current.AsEarlierRound(1).Status));
        Assert.Throws<ArgumentOutOfRangeException>(() => current.AsEarlierRound(3));
    }
}
