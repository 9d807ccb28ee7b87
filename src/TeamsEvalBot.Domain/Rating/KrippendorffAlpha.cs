namespace TeamsEvalBot.Domain.Rating;

/// <summary>
/// Krippendorff's alpha with the ordinal metric: agreement across a whole workshop, beyond what
/// chance would give, for ratings on an ordered scale. Each unit is one proposal's ratings; people
/// need not rate every proposal. 1 is perfect agreement, 0 is no better than chance.
/// Computed from the coincidence matrix, as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
/// </summary>
public static class KrippendorffAlpha
{
    /// <param name="units">The ranks given for each unit (0 to <paramref name="levelCount"/> − 1).</param>
    /// <returns>Alpha, or null when it is not defined: no unit has two ratings, or every rating is the same.</returns>
    public static double? Ordinal(IEnumerable<IReadOnlyCollection<int>> units, int levelCount)
    {
        ArgumentNullException.ThrowIfNull(units);
        var coincidences = Coincidences(units, levelCount);
        var totals = Enumerable.Range(0, levelCount).Select(c => Enumerable.Range(0, levelCount).Sum(k => coincidences[c, k])).ToArray();
        var n = totals.Sum();
        if (n <= 1)
        {
            return null;
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < levelCount; c++)
        {
            for (var k = 0; k < levelCount; k++)
            {
                var distance = OrdinalDistance(totals, c, k);
                observed += coincidences[c, k] * distance;
                expected += totals[c] * totals[k] * distance;
            }
        }

        return expected == 0 ? null : 1 - ((n - 1) * observed / expected);
    }

    // Each pair of ratings of one unit, by different people, counts 1 / (ratings in the unit − 1).
    private static double[,] Coincidences(IEnumerable<IReadOnlyCollection<int>> units, int levelCount)
    {
        var coincidences = new double[levelCount, levelCount];
        foreach (var unit in units.Where(u => u.Count >= 2))
        {
            var ranks = unit.ToArray();
            var weight = 1.0 / (ranks.Length - 1);
            for (var i = 0; i < ranks.Length; i++)
            {
                for (var j = 0; j < ranks.Length; j++)
                {
                    if (i != j)
                    {
                        coincidences[ranks[i], ranks[j]] += weight;
                    }
                }
            }
        }

        return coincidences;
    }

    // The squared ordinal distance: how many pairable values lie between two ranks.
    private static double OrdinalDistance(double[] totals, int c, int k)
    {
        var (low, high) = c <= k ? (c, k) : (k, c);
        var between = 0.0;
        for (var g = low; g <= high; g++)
        {
            between += totals[g];
        }

        var distance = between - ((totals[low] + totals[high]) / 2);
        return distance * distance;
    }
}
