using Azure.Data.Tables;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// The storage ceiling, measured in the same run: single-entity upserts of a rating-sized entity to
/// the same Azurite, with as many in flight as there are raters.
/// </summary>
public static class StorageBaseline
{
    public static async Task<PhaseFigures> RunAsync(Azurite azurite, int inFlight, int count)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var table = azurite.Table("LoadBaseline");
        await table.CreateIfNotExistsAsync();
        var evidence = new string('e', 200);
        var latencies = new Latencies();
        var wall = await ConcurrentCalls.RunAsync(
            [.. Enumerable.Range(0, count)],
            inFlight,
            async i => await table.UpsertEntityAsync(new TableEntity("baseline", i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            {
                ["Level"] = i % 4,
                ["Evidence"] = evidence,
                ["UpdatedAt"] = DateTimeOffset.UtcNow,
            }, TableUpdateMode.Replace),
            latencies);
        return new PhaseFigures(latencies, wall);
    }
}

/// <summary>A phase's timed calls and its wall-clock time.</summary>
public sealed record PhaseFigures(Latencies Latencies, TimeSpan Wall)
{
    public double PerSecond => Latencies.Count / Wall.TotalSeconds;
}
