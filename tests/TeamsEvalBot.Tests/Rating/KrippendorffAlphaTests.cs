using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Tests.Rating;

public sealed class KrippendorffAlphaTests
{
    [Fact]
    public void Ordinal_MatchesKrippendorffsPublishedExample()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
        // 12 units, values 1 to 5, some missing. The paper gives ordinal alpha = 0.815.
        // Columns are units; null is a missing value. Values are shifted to ranks 0 to 4.
        int?[][] observers =
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
            [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
        ];
        var units = Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyCollection<int>)[.. observers.Where(o => o[u] is not null).Select(o => o[u]!.Value - 1)])
            .ToList();

        var alpha = KrippendorffAlpha.Ordinal(units, levelCount: 5);

        Assert.NotNull(alpha);
        Assert.Equal(0.815, Math.Round(alpha.Value, 3));
    }

    [Fact]
    public void Ordinal_PerfectAgreement_IsOne() =>
        Assert.Equal(1.0, KrippendorffAlpha.Ordinal([[0, 0, 0], [2, 2], [3, 3, 3, 3]], 4));

    [Fact]
    public void Ordinal_SystematicDisagreement_IsBelowZero() =>
        Assert.True(KrippendorffAlpha.Ordinal([[0, 3], [3, 0], [0, 3], [3, 0]], 4) < 0);

    [Fact]
    public void Ordinal_NearMissesCostLessThanFarMisses()
    {
        var near = KrippendorffAlpha.Ordinal([[0, 0], [1, 2], [3, 3], [2, 2], [0, 1]], 4);
        var far = KrippendorffAlpha.Ordinal([[0, 0], [0, 3], [3, 3], [2, 2], [0, 3]], 4);

        Assert.True(near > far, $"near {near}, far {far}");
    }

    [Fact]
    public void Ordinal_IsUndefined_WithoutPairsOrVariation()
    {
        Assert.Null(KrippendorffAlpha.Ordinal([], 4));
        Assert.Null(KrippendorffAlpha.Ordinal([[1], [2]], 4));
        Assert.Null(KrippendorffAlpha.Ordinal([[2, 2], [2, 2, 2]], 4));
    }
}
