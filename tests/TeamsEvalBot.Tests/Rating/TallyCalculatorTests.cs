using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Tests.Rating;

/// <summary>
/// Worked examples with answers computed by hand. Quartiles follow Excel's QUARTILE.INC: sort the
/// ranks, take position (n − 1)·p counted from 0, and interpolate linearly between the two
/// neighbouring ranks.
/// </summary>
public sealed class TallyCalculatorTests
{
    private const int MsgLevels = 4;
    private const int DemoLevels = 6;
    private const int DefaultMinimum = 2;

    [Fact]
    public void Compute_OddCount_GivesTheMiddleRankAndInterpolatedQuartiles()
    {
        // Ranks [0,1,1,2,3], n = 5.
        // Median: position 4·0.5 = 2 → rank 1.     Q1: position 4·0.25 = 1 → rank 1.
        // Q3: position 4·0.75 = 3 → rank 2.          IQR = 2 − 1 = 1.   Spread = 3 − 0 = 3.
        // Counts [1,2,1,1]; mode is rank 1 with 2 of 5 = 0.4.
        var tally = Compute([0, 1, 1, 2, 3]);

        Assert.Equal(5, tally.Count);
        Assert.Equal([1, 2, 1, 1], tally.CountsByRank);
        Assert.Equal(1.0, tally.Median);
        Assert.Equal(1, tally.MedianRank);
        Assert.False(tally.MedianIsBetweenLevels);
        Assert.Equal(1.0, tally.Q1);
        Assert.Equal(2.0, tally.Q3);
        Assert.Equal(1.0, tally.Iqr);
        Assert.Equal(3, tally.Spread);
        Assert.Equal([1], tally.ModalRanks);
        Assert.Equal(0.4, tally.PercentAgreement, 10);
        Assert.False(tally.HasConsensus);
    }

    [Fact]
    public void Compute_EvenCount_MedianIsTheMeanOfTheTwoMiddleRanks()
    {
        // Ranks [0,0,1,3], n = 4.
        // Median: position 3·0.5 = 1.5 → 0 + 0.5·(1 − 0) = 0.5, between "rank 0" and "rank 1"; shown as rank 0.
        // Q1: position 0.75 → 0 + 0.75·(0 − 0) = 0.     Q3: position 2.25 → 1 + 0.25·(3 − 1) = 1.5.
        // (Excel: QUARTILE.INC({0,0,1,3},1) = 0, QUARTILE.INC({0,0,1,3},3) = 1.5.)
        // IQR = 1.5; spread 3; counts [2,1,0,1]; mode rank 0 with 2 of 4 = 0.5.
        var tally = Compute([0, 0, 1, 3]);

        Assert.Equal(4, tally.Count);
        Assert.Equal([2, 1, 0, 1], tally.CountsByRank);
        Assert.Equal(0.5, tally.Median);
        Assert.Equal(0, tally.MedianRank);
        Assert.True(tally.MedianIsBetweenLevels);
        Assert.Equal(0.0, tally.Q1);
        Assert.Equal(1.5, tally.Q3);
        Assert.Equal(1.5, tally.Iqr);
        Assert.Equal(3, tally.Spread);
        Assert.Equal([0], tally.ModalRanks);
        Assert.Equal(0.5, tally.PercentAgreement, 10);
        Assert.False(tally.HasConsensus);
    }

    [Theory]
    // QUARTILE.INC by hand: position (n − 1)·p, then interpolate.
    // [0,1,1,2,3]: Q1 position 1 → 1; Q3 position 3 → 2.
    [InlineData(new[] { 0, 1, 1, 2, 3 }, 1.0, 2.0)]
    // [0,0,1,3]: Q1 position 0.75 → 0; Q3 position 2.25 → 1 + 0.25·2 = 1.5.
    [InlineData(new[] { 0, 0, 1, 3 }, 0.0, 1.5)]
    // [0,1,2,3]: Q1 position 0.75 → 0.75; Q3 position 2.25 → 2.25 (Excel gives 0.75 and 2.25).
    [InlineData(new[] { 0, 1, 2, 3 }, 0.75, 2.25)]
    // [0,3]: Q1 position 0.25 → 0.75; Q3 position 0.75 → 2.25.
    [InlineData(new[] { 0, 3 }, 0.75, 2.25)]
    // [1,1,1,2,2,3]: Q1 position 1.25 → 1; Q3 position 3.75 → 2 + 0.75·0 = 2.
    [InlineData(new[] { 1, 1, 1, 2, 2, 3 }, 1.0, 2.0)]
    public void Compute_Quartiles_MatchExcelQuartileInc(int[] ranks, double q1, double q3)
    {
        var tally = Compute(ranks);

        Assert.Equal(q1, tally.Q1, 10);
        Assert.Equal(q3, tally.Q3, 10);
    }

    [Theory]
    // Quantile itself, on ranks already sorted: position (n − 1)·p, interpolated.
    [InlineData(new[] { 0, 1, 1, 2, 3 }, 0.25, 1.0)]
    [InlineData(new[] { 0, 1, 1, 2, 3 }, 0.75, 2.0)]
    [InlineData(new[] { 0, 0, 1, 3 }, 0.25, 0.0)]
    [InlineData(new[] { 0, 0, 1, 3 }, 0.5, 0.5)]
    [InlineData(new[] { 0, 0, 1, 3 }, 0.75, 1.5)]
    [InlineData(new[] { 2 }, 0.25, 2.0)]
    public void Quantile_SortedRanks_InterpolatesAtPositionNMinusOneTimesP(int[] sorted, double p, double expected) =>
        Assert.Equal(expected, TallyCalculator.Quantile(sorted, p), 10);

    [Fact]
    public void Compute_TieForTheMode_NamesBothLevels()
    {
        // Ranks [1,1,2,2]: counts [0,2,2,0]; ranks 1 and 2 both have 2, so both are modal, and agreement is 2 of 4 = 0.5.
        // Median: position 1.5 → 1 + 0.5·(2 − 1) = 1.5, between levels; shown as 1.
        // Q1: position 0.75 → 1; Q3: position 2.25 → 2; IQR 1.
        var tally = Compute([2, 1, 2, 1]);

        Assert.Equal([1, 2], tally.ModalRanks);
        Assert.Equal(0.5, tally.PercentAgreement, 10);
        Assert.Equal(1.5, tally.Median);
        Assert.Equal(1, tally.MedianRank);
        Assert.True(tally.MedianIsBetweenLevels);
        Assert.Equal(1.0, tally.Iqr);
        Assert.False(tally.HasConsensus);
    }

    [Fact]
    public void Compute_ThreeWayTieForTheMode_NamesAllThreeInRankOrder()
    {
        // Ranks [3,0,1,3,0,1]: counts [2,2,0,2]; ranks 0, 1 and 3 each have 2 of 6 = 1/3.
        var tally = Compute([3, 0, 1, 3, 0, 1]);

        Assert.Equal([0, 1, 3], tally.ModalRanks);
        Assert.Equal(1.0 / 3, tally.PercentAgreement, 10);
    }

    [Fact]
    public void Compute_OneRater_IsConsensusWithNoSpread()
    {
        // Ranks [2]: every quantile is 2, IQR 0, spread 0, 1 of 1 = 100 % on rank 2.
        var tally = Compute([2]);

        Assert.Equal(1, tally.Count);
        Assert.Equal([0, 0, 1, 0], tally.CountsByRank);
        Assert.Equal(2.0, tally.Median);
        Assert.Equal(2.0, tally.Q1);
        Assert.Equal(2.0, tally.Q3);
        Assert.Equal(0, tally.Spread);
        Assert.Equal([2], tally.ModalRanks);
        Assert.Equal(1.0, tally.PercentAgreement);
        Assert.True(tally.HasConsensus);
        Assert.False(tally.IsClearDisagreement);
    }

    [Fact]
    public void Compute_AllTheSame_IsConsensusWithFullAgreement()
    {
        // Six ratings of rank 3: counts [0,0,0,6], IQR 0, spread 0, agreement 6 of 6 = 1.
        var tally = Compute([3, 3, 3, 3, 3, 3]);

        Assert.Equal([0, 0, 0, 6], tally.CountsByRank);
        Assert.Equal(3.0, tally.Median);
        Assert.Equal(0.0, tally.Iqr);
        Assert.Equal(0, tally.Spread);
        Assert.Equal(1.0, tally.PercentAgreement);
        Assert.True(tally.HasConsensus);
    }

    [Theory]
    // Spread is the highest rank minus the lowest; 2 or more is a clear disagreement.
    [InlineData(new[] { 0, 3, 3, 3 }, 3, true)]
    [InlineData(new[] { 1, 3 }, 2, true)]
    [InlineData(new[] { 1, 2, 2, 1 }, 1, false)]
    [InlineData(new[] { 2, 2 }, 0, false)]
    public void Compute_Spread_IsHighestMinusLowest(int[] ranks, int spread, bool clear)
    {
        var tally = Compute(ranks);

        Assert.Equal(spread, tally.Spread);
        Assert.Equal(clear, tally.IsClearDisagreement);
    }

    [Fact]
    public void Compute_NoRatings_IsAnEmptyTallyWithoutConsensus()
    {
        var tally = Compute([]);

        Assert.Equal(0, tally.Count);
        Assert.Equal([0, 0, 0, 0], tally.CountsByRank);
        Assert.Empty(tally.ModalRanks);
        Assert.Empty(tally.Organisations);
        Assert.Equal(0, tally.HiddenOrganisations);
        Assert.False(tally.HasConsensus);
        Assert.False(tally.OrganisationsDisagree);
    }

    [Fact]
    public void Compute_ExactlySeventyFivePercentWithSmallIqr_IsConsensus()
    {
        // Ranks [2,2,2,1] → sorted [1,2,2,2]: 3 of 4 = 0.75 on rank 2.
        // Q1: position 0.75 → 1 + 0.75·(2 − 1) = 1.75; Q3: position 2.25 → 2; IQR 0.25 ≤ 1.
        var tally = Compute([2, 2, 2, 1]);

        Assert.Equal(0.75, tally.PercentAgreement);
        Assert.Equal(1.75, tally.Q1);
        Assert.Equal(2.0, tally.Q3);
        Assert.True(tally.HasConsensus);
    }

    [Fact]
    public void Compute_SeventyFiveOfAHundred_IsConsensus()
    {
        // 25 × rank 1 then 75 × rank 2 (indexes 0–24 and 25–99): 75 of 100 = 0.75.
        // Q1: position 99·0.25 = 24.75 → 1 + 0.75·(2 − 1) = 1.75; Q3: position 74.25 → 2; IQR 0.25.
        var tally = Compute([.. Enumerable.Repeat(1, 25), .. Enumerable.Repeat(2, 75)]);

        Assert.Equal(0.75, tally.PercentAgreement);
        Assert.Equal(0.25, tally.Iqr, 10);
        Assert.True(tally.HasConsensus);
    }

    [Fact]
    public void Compute_SeventyFourOfAHundred_IsNoConsensus()
    {
        // 26 × rank 1 then 74 × rank 2: 74 of 100 = 0.74, just under the 0.75 threshold.
        // Q1: position 24.75 → indexes 24 and 25 are both 1 → 1; Q3: position 74.25 → 2; IQR 1, which alone would pass.
        var tally = Compute([.. Enumerable.Repeat(1, 26), .. Enumerable.Repeat(2, 74)]);

        Assert.Equal(0.74, tally.PercentAgreement, 10);
        Assert.Equal(1.0, tally.Iqr, 10);
        Assert.False(tally.HasConsensus);
    }

    [Fact]
    public void Compute_SeventyFivePercentButIqrAboveOne_IsNoConsensus()
    {
        // On the 6-level scale, ranks [0,5,5,5]: 3 of 4 = 0.75 on rank 5.
        // Q1: position 0.75 → 0 + 0.75·(5 − 0) = 3.75; Q3: position 2.25 → 5; IQR 1.25 > 1.
        // (On a 4-level scale 75 % on one level caps the IQR at 0.25·3 = 0.75, so the wider scale is needed.)
        var tally = Compute([0, 5, 5, 5], levelCount: DemoLevels);

        Assert.Equal(0.75, tally.PercentAgreement);
        Assert.Equal(3.75, tally.Q1);
        Assert.Equal(5.0, tally.Q3);
        Assert.Equal(1.25, tally.Iqr);
        Assert.False(tally.HasConsensus);
    }

    [Fact]
    public void Compute_SeventyFivePercentAndIqrExactlyOne_IsConsensus()
    {
        // On the 6-level scale, ranks [0,4,4,4]: 0.75 on rank 4.
        // Q1: position 0.75 → 0 + 0.75·4 = 3; Q3: position 2.25 → 4; IQR exactly 1.
        var tally = Compute([0, 4, 4, 4], levelCount: DemoLevels);

        Assert.Equal(1.0, tally.Iqr);
        Assert.True(tally.HasConsensus);
    }

    [Fact]
    public void Compute_SixLevelDemoScale_CountsEverySixLevels()
    {
        // Ranks [0,5,5,4,2] on Unsatisfactory..Excellent: counts [1,0,1,0,1,2].
        // Sorted [0,2,4,5,5]: median position 2 → 4; Q1 position 1 → 2; Q3 position 3 → 5; spread 5; mode rank 5 with 2 of 5.
        var tally = Compute([0, 5, 5, 4, 2], levelCount: DemoLevels);

        Assert.Equal(6, tally.CountsByRank.Count);
        Assert.Equal([1, 0, 1, 0, 1, 2], tally.CountsByRank);
        Assert.Equal(4.0, tally.Median);
        Assert.Equal(2.0, tally.Q1);
        Assert.Equal(5.0, tally.Q3);
        Assert.Equal(5, tally.Spread);
        Assert.Equal([5], tally.ModalRanks);
        Assert.Equal(0.4, tally.PercentAgreement, 10);
    }

    [Fact]
    public void Compute_Organisations_GiveMediansAndCountsAndHideSmallGroups()
    {
        // NHS board [1,2]: median 1.5, 2 raters → shown.
        // Local authority [2,2,3]: median 2, 3 raters → shown.
        // IJB [0]: 1 rater, under the minimum of 2 → hidden and counted in HiddenOrganisations.
        // Unknown [3,3,3]: never shown and not counted as hidden, though it has 3 raters.
        // NHS 1.5 vs LA 2 differ by 0.5 → no split; the hidden IJB (0) would differ by 2 but is not used.
        // Overall: sorted [0,1,2,2,2,3,3,3,3], n = 9, median position 4 → 2; counts [1,1,3,4]; mode rank 3, 4 of 9.
        var ratings = Ratings(
            (1, PartnerOrganisation.NhsBoard),
            (2, PartnerOrganisation.LocalAuthority),
            (3, PartnerOrganisation.Unknown),
            (0, PartnerOrganisation.Ijb),
            (2, PartnerOrganisation.NhsBoard),
            (3, PartnerOrganisation.LocalAuthority),
            (3, PartnerOrganisation.Unknown),
            (2, PartnerOrganisation.LocalAuthority),
            (3, PartnerOrganisation.Unknown));

        var tally = TallyCalculator.Compute(ratings, MsgLevels, DefaultMinimum);

        Assert.Equal(
            [
                new OrganisationMedian(PartnerOrganisation.NhsBoard, 1.5, 2),
                new OrganisationMedian(PartnerOrganisation.LocalAuthority, 2.0, 3),
            ],
            tally.Organisations);
        Assert.Equal(1, tally.HiddenOrganisations);
        Assert.False(tally.OrganisationsDisagree);
        Assert.Equal(9, tally.Count);
        Assert.Equal([1, 1, 3, 4], tally.CountsByRank);
        Assert.Equal(2.0, tally.Median);
        Assert.Equal([3], tally.ModalRanks);
    }

    [Fact]
    public void Compute_MinimumOfOne_ShowsEveryKnownOrganisation()
    {
        // With a minimum of 1, IJB [0] is shown too: median 0, 1 rater. NHS [2] median 2 → they differ by 2.
        var ratings = Ratings((0, PartnerOrganisation.Ijb), (2, PartnerOrganisation.NhsBoard), (1, PartnerOrganisation.Unknown));

        var tally = TallyCalculator.Compute(ratings, MsgLevels, minimumGroupSize: 1);

        Assert.Equal(
            [
                new OrganisationMedian(PartnerOrganisation.NhsBoard, 2.0, 1),
                new OrganisationMedian(PartnerOrganisation.Ijb, 0.0, 1),
            ],
            tally.Organisations);
        Assert.Equal(0, tally.HiddenOrganisations);
        Assert.True(tally.OrganisationsDisagree);
    }

    [Fact]
    public void Compute_HigherMinimum_HidesGroupsBelowIt()
    {
        // Minimum 3: NHS has 2 raters → hidden; LA has 3 → shown. One shown, one hidden.
        var ratings = Ratings(
            (0, PartnerOrganisation.NhsBoard), (0, PartnerOrganisation.NhsBoard),
            (3, PartnerOrganisation.LocalAuthority), (3, PartnerOrganisation.LocalAuthority), (3, PartnerOrganisation.LocalAuthority));

        var tally = TallyCalculator.Compute(ratings, MsgLevels, minimumGroupSize: 3);

        Assert.Equal([new OrganisationMedian(PartnerOrganisation.LocalAuthority, 3.0, 3)], tally.Organisations);
        Assert.Equal(1, tally.HiddenOrganisations);
        Assert.False(tally.OrganisationsDisagree);
    }

    [Fact]
    public void Compute_UnknownOrganisation_IsNeverShownOrCountedAsHidden()
    {
        // Five raters whose organisation is not known: well over the minimum, still no breakdown.
        var ratings = Ratings(
            (0, PartnerOrganisation.Unknown), (1, PartnerOrganisation.Unknown), (2, PartnerOrganisation.Unknown),
            (3, PartnerOrganisation.Unknown), (3, PartnerOrganisation.Unknown));

        var tally = TallyCalculator.Compute(ratings, MsgLevels, minimumGroupSize: 1);

        Assert.Empty(tally.Organisations);
        Assert.Equal(0, tally.HiddenOrganisations);
        Assert.False(tally.OrganisationsDisagree);
    }

    [Theory]
    // NHS [1,1] median 1 vs LA [2,2] median 2: differ by exactly 1 → split.
    [InlineData(new[] { 1, 1 }, new[] { 2, 2 }, true)]
    // NHS [1,2] median 1.5 vs LA [2,3] median 2.5: differ by exactly 1 → split.
    [InlineData(new[] { 1, 2 }, new[] { 2, 3 }, true)]
    // NHS [1,1] median 1 vs LA [1,2] median 1.5: differ by 0.5 → no split.
    [InlineData(new[] { 1, 1 }, new[] { 1, 2 }, false)]
    // NHS [0,3] median 1.5 vs LA [1,2] median 1.5: same median, though the spreads differ → no split.
    [InlineData(new[] { 0, 3 }, new[] { 1, 2 }, false)]
    // NHS [0,0] median 0 vs LA [3,3] median 3 → split.
    [InlineData(new[] { 0, 0 }, new[] { 3, 3 }, true)]
    public void Compute_OrganisationMedians_DisagreeWhenALevelOrMoreApart(int[] nhs, int[] localAuthority, bool disagree)
    {
        var ratings = nhs.Select(r => (r, PartnerOrganisation.NhsBoard))
            .Concat(localAuthority.Select(r => (r, PartnerOrganisation.LocalAuthority)))
            .ToArray();

        var tally = TallyCalculator.Compute(Ratings(ratings), MsgLevels, DefaultMinimum);

        Assert.Equal(2, tally.Organisations.Count);
        Assert.Equal(disagree, tally.OrganisationsDisagree);
    }

    [Fact]
    public void Compute_OneShownOrganisation_CannotDisagree()
    {
        // Only NHS [0,3] is shown (IJB [3] has 1 rater): one organisation alone never splits.
        var ratings = Ratings((0, PartnerOrganisation.NhsBoard), (3, PartnerOrganisation.NhsBoard), (3, PartnerOrganisation.Ijb));

        var tally = TallyCalculator.Compute(ratings, MsgLevels, DefaultMinimum);

        Assert.Single(tally.Organisations);
        Assert.Equal(1, tally.HiddenOrganisations);
        Assert.False(tally.OrganisationsDisagree);
    }

    private static Tally Compute(int[] ranks, int levelCount = MsgLevels) =>
        TallyCalculator.Compute(Ratings([.. ranks.Select(r => (r, PartnerOrganisation.Unknown))]), levelCount, DefaultMinimum);

    private static RatingEntry[] Ratings(params (int Rank, PartnerOrganisation Organisation)[] ratings) =>
    [
        .. ratings.Select((r, i) => new RatingEntry(
            $"29:person-{i}",
            $"Person {i}",
            r.Organisation,
            r.Rank,
            $"Evidence {i}",
            string.Empty,
            new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero).AddMinutes(i))),
    ];
}
