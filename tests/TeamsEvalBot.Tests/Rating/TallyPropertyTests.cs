using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Tests.Rating;

/// <summary>Properties every tally must have, over random ratings on the 4-level MSG scale.</summary>
public sealed class TallyPropertyTests
{
    private const int Levels = 4;

    [Property(Arbitrary = [typeof(TallyArbitraries)])]
    public void Compute_ShuffledRatings_GiveTheSameTally(TallyCase sample)
    {
        var tally = TallyCalculator.Compute(sample.Ratings, Levels, sample.Minimum);
        var shuffled = TallyCalculator.Compute(sample.Shuffled, Levels, sample.Minimum);

        Assert.Equal(tally.Count, shuffled.Count);
        Assert.Equal(tally.CountsByRank, shuffled.CountsByRank);
        Assert.Equal(tally.Median, shuffled.Median);
        Assert.Equal(tally.Q1, shuffled.Q1);
        Assert.Equal(tally.Q3, shuffled.Q3);
        Assert.Equal(tally.Spread, shuffled.Spread);
        Assert.Equal(tally.PercentAgreement, shuffled.PercentAgreement);
        Assert.Equal(tally.ModalRanks, shuffled.ModalRanks);
        Assert.Equal(tally.Organisations, shuffled.Organisations);
        Assert.Equal(tally.HiddenOrganisations, shuffled.HiddenOrganisations);
        Assert.Equal(tally.HasConsensus, shuffled.HasConsensus);
        Assert.Equal(tally.OrganisationsDisagree, shuffled.OrganisationsDisagree);
    }

    [Property(Arbitrary = [typeof(TallyArbitraries)])]
    public void Compute_Organisations_HonourTheAnonymityMinimum(TallyCase sample)
    {
        var tally = TallyCalculator.Compute(sample.Ratings, Levels, sample.Minimum);
        var known = sample.Ratings
            .Where(r => r.Organisation != PartnerOrganisation.Unknown)
            .GroupBy(r => r.Organisation)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.All(tally.Organisations, o => Assert.True(o.Count >= sample.Minimum, $"{o.Organisation} shown with {o.Count} raters, minimum {sample.Minimum}"));
        Assert.DoesNotContain(tally.Organisations, o => o.Organisation == PartnerOrganisation.Unknown);
        Assert.All(tally.Organisations, o => Assert.Equal(known[o.Organisation], o.Count));
        Assert.Equal(known.Count, tally.Organisations.Count + tally.HiddenOrganisations);
        Assert.Equal(known.Count(k => k.Value >= sample.Minimum), tally.Organisations.Count);
    }

    [Property(Arbitrary = [typeof(TallyArbitraries)])]
    public void Compute_Quartiles_AreOrderedAroundTheMedian(TallyCase sample)
    {
        var tally = TallyCalculator.Compute(sample.Ratings, Levels, sample.Minimum);

        Assert.True(tally.Q1 <= tally.Median && tally.Median <= tally.Q3, $"Q1 {tally.Q1}, median {tally.Median}, Q3 {tally.Q3}");
        Assert.InRange(tally.Iqr, 0, Levels - 1);
        Assert.InRange(tally.MedianRank, 0, Levels - 1);
    }

    [Property(Arbitrary = [typeof(TallyArbitraries)])]
    public void Compute_CountsByRank_SumToTheCount(TallyCase sample)
    {
        var tally = TallyCalculator.Compute(sample.Ratings, Levels, sample.Minimum);

        Assert.Equal(Levels, tally.CountsByRank.Count);
        Assert.Equal(sample.Ratings.Length, tally.Count);
        Assert.Equal(tally.Count, tally.CountsByRank.Sum());
    }

    [Property(Arbitrary = [typeof(TallyArbitraries)])]
    public void Compute_PercentAgreement_IsAShareOnTheModalLevel(TallyCase sample)
    {
        var tally = TallyCalculator.Compute(sample.Ratings, Levels, sample.Minimum);

        Assert.InRange(tally.PercentAgreement, 0, 1);
        if (tally.Count > 0)
        {
            Assert.All(tally.ModalRanks, r => Assert.Equal(tally.PercentAgreement, (double)tally.CountsByRank[r] / tally.Count));
            Assert.All(tally.CountsByRank, c => Assert.True(c <= tally.CountsByRank[tally.ModalRanks[0]]));
        }
    }

    /// <summary>Random ratings with ranks 0..3 and any organisation (Unknown included), the same ratings shuffled, and a minimum of 1..5.</summary>
    public sealed record TallyCase(RatingEntry[] Ratings, RatingEntry[] Shuffled, int Minimum)
    {
        public override string ToString() =>
            $"minimum {Minimum}; ratings [{string.Join(", ", Ratings.Select(r => $"{r.LevelRank}/{r.Organisation}"))}]; shuffled [{string.Join(", ", Shuffled.Select(r => $"{r.LevelRank}/{r.Organisation}"))}]";
    }

    public static class TallyArbitraries
    {
        private static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

        public static Arbitrary<TallyCase> TallyCase()
        {
            var rating = Gen.Zip(Gen.Choose(0, Levels - 1), Gen.Elements(Enum.GetValues<PartnerOrganisation>()));
            var gen =
                from pairs in Gen.ListOf(rating)
                let ratings = pairs.Select((p, i) => new RatingEntry($"29:p{i}", $"Person {i}", p.Item2, p.Item1, $"Evidence {i}", string.Empty, Start.AddMinutes(i))).ToArray()
                from shuffled in Gen.Shuffle(ratings)
                from minimum in Gen.Choose(1, 5)
                select new TallyCase(ratings, shuffled, minimum);
            return Arb.From(gen);
        }
    }
}
