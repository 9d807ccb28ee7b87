using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TeamsEvalBot.LoadHarness;

/// <summary>Writes a run's figures as JSON and as a Markdown table, and puts the table into the README.</summary>
public static class LoadReport
{
    public const string ReadmeStart = "<!-- load-results:start -->";
    public const string ReadmeEnd = "<!-- load-results:end -->";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task WriteAsync(LoadResults results, string folder)
    {
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "load-results.json"), JsonSerializer.Serialize(new
        {
            results,
            ratios = new { voteToUpsertP99 = results.VoteToUpsertP99, shareOfStorageCeiling = results.ShareOfStorageCeiling, storedToFreshP99 = results.StoredToFreshP99, voteToStoragePathP99 = results.VoteToStoragePathP99, floorToUpsertP99 = results.FloorToUpsertP99, floorShareOfStorageCeiling = results.FloorShareOfStorageCeiling },
            targets = results.Targets,
        }, Json));
        await File.WriteAllTextAsync(Path.Combine(folder, "load-results.md"), Markdown(results));
    }

    /// <summary>Replaces the text between the README's load-results markers with the table.</summary>
    public static async Task UpdateReadmeAsync(LoadResults results, string readme)
    {
        var text = await File.ReadAllTextAsync(readme);
        var start = text.IndexOf(ReadmeStart, StringComparison.Ordinal);
        var end = text.IndexOf(ReadmeEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{readme} has no {ReadmeStart} … {ReadmeEnd} section.");
        }

        await File.WriteAllTextAsync(readme, text[..(start + ReadmeStart.Length)] + "\n" + Markdown(results) + text[end..]);
    }

    public static string Markdown(LoadResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var s = results.Settings;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {results.RunAt:yyyy-MM-dd HH:mm} UTC on {results.Machine}: {s.Instances} bot instance(s), {s.Participants} people rating {s.Proposals} proposals ({results.Ratings} ratings, {s.InFlight} in flight; the baseline at the same concurrency), then all {results.BurstRatings} re-rating one proposal at once.");
        md.AppendLine();
        md.AppendLine("| Figure | Value |");
        md.AppendLine("|---|---|");
        Row(md, "Rating invoke p50 / p95 / p99", $"{results.RatingP50Ms:F0} / {results.RatingP95Ms:F0} / {results.RatingP99Ms:F0} ms");
        Row(md, "Ratings per second", $"{results.RatingsPerSecond:F0}");
        Row(md, "Baseline: single-entity upsert p99, upserts per second", $"{results.UpsertP99Ms:F0} ms, {results.UpsertsPerSecond:F0}/s");
        Row(md, "Storage requests per rating, the shared cards' upkeep included; round trips on its answer's path", $"{results.RequestsPerRating:F2}; {results.RoundTripsPerRating:F2}");
        Row(md, "Rating p99: fresh workshop, workshop with 2 rounds of every proposal stored", $"{results.FreshWorkshopP99Ms:F0} ms, {results.StoredWorkshopP99Ms:F0} ms");
        Row(md, "Floor: a point read and a two-entity transaction, made directly: p99, per second (p99 over the upsert's; share of the ceiling)", $"{results.FloorP99Ms:F0} ms, {results.FloorsPerSecond:F0}/s ({results.FloorToUpsertP99:F2}; {results.FloorShareOfStorageCeiling:F2})");
        Row(md, "The rating's storage requests made directly: p99, per second (rating p99 over it)", $"{results.StoragePathP99Ms:F0} ms, {results.StoragePathsPerSecond:F0}/s ({results.VoteToStoragePathP99:F2})");
        Row(md, "CPU per rating: bot, Azurite (Azurite per baseline upsert)", $"{results.BotCpuMsPerRating:F1} ms, {results.StorageCpuMsPerRating:F1} ms ({results.StorageCpuMsPerUpsert:F2} ms)");
        Row(md, "Outbound Teams calls per rating (all / burst)", $"{results.OutboundCallsPerRating:F3} / {results.BurstOutboundCallsPerRating:F3}");
        Row(md, "Burst: length, rating invoke p99", $"{results.BurstSeconds:F1} s, {results.BurstP99Ms:F0} ms");
        Row(md, "Per-thread rate-limit breaches", $"{results.RateLimitBreaches}");
        Row(md, "Summary p95, search p95 (25-proposal workshop)", $"{results.SummaryP95Ms:F0} ms, {results.SearchP95Ms:F0} ms");
        Row(md, "Peak memory (largest instance)", $"{results.PeakWorkingSetMb:F0} MB");
        Row(md, "Ratings answered \"records out of reach, rate again\" (budget of 4 s ran out)", $"{results.RatingsRefused}");
        Row(md, "Warnings the bot logged", results.BotWarnings.Count == 0 ? "none" : string.Join("; ", results.BotWarnings));
        Row(md, "Correctness (stored once, history, tallies)", results.CorrectnessProblems.Count == 0 ? "all right" : string.Join("; ", results.CorrectnessProblems));
        md.AppendLine();
        md.AppendLine("| Target | Value | Goal | Met |");
        md.AppendLine("|---|---|---|---|");
        foreach (var target in results.Targets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {target.Value:0.###} | {target.Goal} | {(target.Met ? "yes" : "no")} |");
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, string value) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
}
