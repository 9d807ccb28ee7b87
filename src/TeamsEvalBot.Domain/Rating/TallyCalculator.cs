using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Domain.Rating;

public static class TallyCalculator
{
    /// <param name="levelCount">How many levels the framework's scale has.</param>
    /// <param name="minimumGroupSize">Organisations with fewer raters are left out of the breakdown, to keep raters anonymous.</param>
    public static Tally Compute(IEnumerable<RatingEntry> ratings, int levelCount, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var list = ratings.ToList();
        var ranks = list.Select(r => r.LevelRank).Order().ToArray();
        var counts = new int[levelCount];
        foreach (var rank in ranks)
        {
            counts[rank]++;
        }

        if (ranks.Length == 0)
        {
            return new Tally(0, counts, 0, 0, 0, 0, 0, [], [], 0);
        }

        var modalCount = counts.Max();
        var modal = Enumerable.Range(0, levelCount).Where(r => counts[r] == modalCount).ToArray();
        var byOrganisation = list
            .Where(r => r.Organisation != PartnerOrganisation.Unknown)
            .GroupBy(r => r.Organisation)
            .OrderBy(g => g.Key)
            .ToList();
        var shown = byOrganisation
            .Where(g => g.Count() >= minimumGroupSize)
            .Select(g => new OrganisationMedian(g.Key, Quantile([.. g.Select(r => r.LevelRank).Order()], 0.5), g.Count()))
            .ToArray();

        return new Tally(
            ranks.Length,
            counts,
            Quantile(ranks, 0.5),
            Quantile(ranks, 0.25),
            Quantile(ranks, 0.75),
            ranks[^1] - ranks[0],
            (double)modalCount / ranks.Length,
            modal,
            shown,
            byOrganisation.Count - shown.Length);
    }

    /// <summary>Linear interpolation between closest ranks, as Excel's QUARTILE.INC; at 0.5 it is the usual median.</summary>
    public static double Quantile(int[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
