using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Tests.Reconciliation;

public sealed class SuggestedLevelTests
{
    private static readonly Framework Msg = FrameworkCatalogue.LoadEmbedded().Default;

    [Theory]
    [InlineData(new[] { 2, 2, 2 }, 2, "Established is the median of the 3 ratings.")]
    [InlineData(new[] { 0, 1, 3 }, 1, "Partly established is the median of the 3 ratings.")]
    [InlineData(new[] { 1, 2 }, 1, "The median falls between Partly established and Established, so the lower level, Partly established, is suggested.")]
    [InlineData(new[] { 0, 1, 2, 2 }, 1, "The median falls between Partly established and Established, so the lower level, Partly established, is suggested.")]
    [InlineData(new[] { 3 }, 3, "Exemplary is the median of the 1 ratings.")]
    public void From_IsTheMedian_OrTheLowerLevelWhenItFallsBetweenTwo(int[] ranks, int expectedRank, string expectedReason)
    {
        var tally = TallyCalculator.Compute(ranks.Select((r, i) => new RatingEntry($"29:{i}", $"P{i}", PartnerOrganisation.Other, r, "", "", DateTimeOffset.UnixEpoch)), 4, 2);

        var suggested = SuggestedLevel.From(tally, Msg.Levels);

        Assert.Equal((expectedRank, expectedReason), suggested);
    }

    [Fact]
    public void From_NoRatings_SuggestsNothing() =>
        Assert.Null(SuggestedLevel.From(TallyCalculator.Compute([], 4, 2), Msg.Levels));
}
