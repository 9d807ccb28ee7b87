using System.Diagnostics;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// One run: the real bot (one or more instances) over loopback HTTP with authentication on, a
/// workshop of N people rating, a burst on one proposal, the storage baseline, a fresh workshop
/// against one with two rounds stored, then the reveal, agreement, summary and search.
/// </summary>
public static class LoadRun
{
    private const string Partnership = "Loadshire Health and Social Care Partnership";

    public static async Task<LoadResults> RunAsync(LoadSettings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var framework = FrameworkCatalogue.LoadEmbedded().Default;
        var proposals = framework.Proposals.Where(p => p.IsRateable).Take(settings.Proposals).Select(p => p.Id).ToList();
        var ratings = settings.Participants * proposals.Count;

        await using var live = await LiveBot.StartAsync(settings.Instances, checkCards: settings.CheckCards, storageInMemory: true);
        var workshop = new WorkshopDriver<LiveBot>(live, settings.Participants, uniquePeople: true);
        await workshop.StartAsync(Partnership);
        await WorkshopSteps.SayOrThrowAsync(workshop, "post all");
        log.WriteLine($"Started: {settings.Instances} instance(s), {settings.Participants} people, {proposals.Count} proposals to rate, {settings.InFlight} ratings in flight.");

        var baselineCpu = CpuProfile.Start(live);
        var baseline = await StorageBaseline.RunAsync(live.Azurite, settings.InFlight, ratings);
        var storageCpuPerUpsert = baselineCpu.PerItem(ratings).StorageMs;
        log.WriteLine($"Baseline: {ratings} upserts, p99 {baseline.Latencies.Percentile(99):F1} ms, {baseline.PerSecond:F0}/s.");

        var floor = await StorageBaseline.FloorAsync(live.Azurite, settings.InFlight, ratings);
        log.WriteLine($"Floor: {ratings} point reads and two-entity transactions, p99 {floor.Latencies.Percentile(99):F1} ms, {floor.PerSecond:F0}/s.");
        var replay = await StoragePathReplay.RunAsync(workshop, proposals, settings.InFlight, ratings);
        await StoragePathReplay.DeleteAsync(workshop);
        log.WriteLine($"Storage path alone: {ratings} rater queries and rating transactions, p99 {replay.Latencies.Percentile(99):F1} ms, {replay.PerSecond:F0}/s.");

        // Everyone rates the same proposal at about the same time, then moves on to the next.
        var random = new Random(2019);
        var work = proposals.SelectMany(id => workshop.People.Select(person => (Person: person, Proposal: id, Level: random.Next(4)))).ToList();
        var rater = new Rater(workshop);
        var before = await live.CountersAsync();
        var cpu = CpuProfile.Start(live);
        var callsBefore = live.Connector.Calls.Count;
        var ratingLatencies = new Latencies();
        var voting = new PhaseFigures(ratingLatencies, await ConcurrentCalls.RunAsync(work, settings.InFlight, w => rater.RateAsync(w.Person, w.Proposal, w.Level), ratingLatencies));
        var after = await live.CountersAsync();
        var (botCpuMs, storageCpuMs) = cpu.PerItem(ratings);
        var outbound = live.Connector.Calls.Count - callsBefore;
        log.WriteLine($"Ratings: {ratings} in {voting.Wall.TotalSeconds:F1} s, p99 {voting.Latencies.Percentile(99):F1} ms.");

        // The burst: all of them change their rating of the first proposal at once.
        var burstProposal = proposals[0];
        var burstWork = work.Where(w => w.Proposal == burstProposal).Select(w => w with { Level = (w.Level + 1) % 4 }).ToList();
        var burstCallsBefore = live.Connector.Calls.Count;
        var burstWatch = Stopwatch.StartNew();
        var burstLatencies = new Latencies();
        await ConcurrentCalls.RunAsync(burstWork, burstWork.Count, w => rater.RateAsync(w.Person, w.Proposal, w.Level), burstLatencies);
        var burstSeconds = burstWatch.Elapsed.TotalSeconds;
        var cards = (await workshop.Store.GetAllProgressAsync(workshop.WorkshopId!, CancellationToken.None)).ToDictionary(p => p.ProposalId, p => p.CardActivityId!);
        await CardSettling.WaitForTrailingUpdateAsync(live.Connector, cards[burstProposal], DateTimeOffset.UtcNow);
        var burstOutbound = live.Connector.Calls.Skip(burstCallsBefore).Count();
        log.WriteLine($"Burst: {burstWork.Count} ratings in {burstSeconds:F1} s, {burstOutbound} outbound calls.");

        var history = proposals.ToDictionary(id => id, id => settings.Participants + (id == burstProposal ? settings.Participants : 0));
        var (freshLatencies, storedLatencies) = await StoredWorkshopPhase.RunAsync(live, proposals, settings.Participants, settings.InFlight, log);
        log.WriteLine($"Fresh workshop p99 {freshLatencies.Percentile(99):F1} ms, stored workshop p99 {storedLatencies.Percentile(99):F1} ms.");

        var problems = await Correctness.CheckStoredAsync(workshop, rater, proposals, history);
        await CardSettling.WaitForCountsAsync(live.Connector, proposals.Select(id => cards[id]), settings.Participants);
        problems.AddRange(Correctness.CheckCardCounts(live.Connector, proposals.Select(id => cards[id]), settings.Participants));
        await WorkshopSteps.RevealAndAgreeAsync(workshop, proposals);
        problems.AddRange(await Correctness.CheckRevealedCardsAsync(workshop, framework, proposals));
        var summaries = await WorkshopSteps.TimeSummariesAsync(workshop, Partnership, settings.SummaryCalls);
        var searches = await WorkshopSteps.TimeSearchesAsync(workshop, "Loadshire", settings.SummaryCalls);
        var peak = await live.CountersAsync();
        problems.AddRange(Correctness.DescribeBreaches(live.Connector));

        return new LoadResults
        {
            Settings = settings,
            RunAt = DateTimeOffset.UtcNow,
            Machine = $"{Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024d / 1024 / 1024)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            Ratings = ratings,
            RatingsRefused = rater.Refused,
            RatingP50Ms = voting.Latencies.Percentile(50),
            RatingP95Ms = voting.Latencies.Percentile(95),
            RatingP99Ms = voting.Latencies.Percentile(99),
            RatingsPerSecond = voting.PerSecond,
            UpsertP99Ms = baseline.Latencies.Percentile(99),
            UpsertsPerSecond = baseline.PerSecond,
            FloorP99Ms = floor.Latencies.Percentile(99),
            FloorsPerSecond = floor.PerSecond,
            StoragePathP99Ms = replay.Latencies.Percentile(99),
            StoragePathsPerSecond = replay.PerSecond,
            BotCpuMsPerRating = botCpuMs,
            StorageCpuMsPerRating = storageCpuMs,
            StorageCpuMsPerUpsert = storageCpuPerUpsert,
            RequestsPerRating = (after.StorageRequests - before.StorageRequests) / (double)ratings,
            RoundTripsPerRating = (after.RatingRoundTrips - before.RatingRoundTrips) / (double)(after.Ratings - before.Ratings),
            FreshWorkshopP99Ms = freshLatencies.Percentile(99),
            StoredWorkshopP99Ms = storedLatencies.Percentile(99),
            OutboundCallsPerRating = outbound / (double)ratings,
            BurstRatings = burstWork.Count,
            BurstSeconds = burstSeconds,
            BurstP99Ms = burstLatencies.Percentile(99),
            BurstOutboundCallsPerRating = burstOutbound / (double)burstWork.Count,
            RateLimitBreaches = Correctness.RateLimitBreaches(live.Connector),
            SummaryP95Ms = summaries.Percentile(95),
            SearchP95Ms = searches.Percentile(95),
            PeakWorkingSetMb = peak.PeakWorkingSetBytes / 1024d / 1024,
            CorrectnessProblems = problems,
            BotWarnings = BotWarnings(live),
        };
    }

    // The console logger starts a warning with "warn: Category[event id]"; counted by kind, to say why a run went wrong.
    private static List<string> BotWarnings(LiveBot live) =>
    [
        .. live.Instances
            .SelectMany(instance => instance.Process.Output.Split('\n'))
            .Where(line => line.StartsWith("warn: ", StringComparison.Ordinal))
            .GroupBy(line => line["warn: ".Length..].Trim(), StringComparer.Ordinal)
            .Select(kind => $"{kind.Key} × {kind.Count()}"),
    ];
}
