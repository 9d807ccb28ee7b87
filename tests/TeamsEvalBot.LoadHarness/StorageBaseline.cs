using Azure.Data.Tables;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// The storage ceiling, measured in the same run: single-entity upserts of a rating-sized entity to
/// the same Azurite, with as many in flight as there are raters.
/// </summary>
public static class StorageBaseline
{
    /// <summary>Rating-sized: about as long as the evidence the harness's raters give.</summary>
    public static readonly string Evidence = new('e', 200);

    public static async Task<PhaseFigures> RunAsync(Azurite azurite, int inFlight, int count)
    {
        var table = await TableAsync(azurite, "LoadBaseline");
        var latencies = new Latencies();
        var wall = await ConcurrentCalls.RunAsync(
            [.. Enumerable.Range(0, count)],
            inFlight,
            async i => await table.UpsertEntityAsync(Rating("baseline", Key(i), i), TableUpdateMode.Replace),
            latencies);
        return new PhaseFigures(latencies, wall);
    }

    /// <summary>
    /// The least any rating with two table transactions could cost here: a point read, then a
    /// two-entity transaction, made directly on a small table. No design of the rating beats it.
    /// </summary>
    public static async Task<PhaseFigures> FloorAsync(Azurite azurite, int inFlight, int count)
    {
        var table = await TableAsync(azurite, "LoadFloor");
        var latencies = new Latencies();
        var wall = await ConcurrentCalls.RunAsync(
            [.. Enumerable.Range(0, count)],
            inFlight,
            async i =>
            {
                await table.GetEntityIfExistsAsync<TableEntity>("floor", "current|" + Key(i % 200));
                await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, Rating("floor", "current|" + Key(i % 200), i)),
                    new TableTransactionAction(TableTransactionActionType.Add, Rating("floor", "history|" + Key(i), i)),
                ]);
            },
            latencies);
        return new PhaseFigures(latencies, wall);
    }

    private static async Task<TableClient> TableAsync(Azurite azurite, string name)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var table = azurite.Table(name);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static string Key(int i) => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity Rating(string partition, string row, int i) => new(partition, row)
    {
        ["Level"] = i % 4,
        ["Evidence"] = Evidence,
        ["UpdatedAt"] = DateTimeOffset.UtcNow,
    };
}

/// <summary>A phase's timed calls and its wall-clock time.</summary>
public sealed record PhaseFigures(Latencies Latencies, TimeSpan Wall)
{
    public double PerSecond => Latencies.Count / Wall.TotalSeconds;
}
