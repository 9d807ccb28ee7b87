namespace TeamsEvalBot.LoadHarness;

/// <summary>The figures of one run, and how they stand against the targets of issues 6 and 14.</summary>
public sealed record LoadResults
{
    public required LoadSettings Settings { get; init; }

    public required DateTimeOffset RunAt { get; init; }

    public required string Machine { get; init; }

    public required int Ratings { get; init; }

    public required int RatingsRefused { get; init; }

    public required double RatingP50Ms { get; init; }

    public required double RatingP95Ms { get; init; }

    public required double RatingP99Ms { get; init; }

    public required double RatingsPerSecond { get; init; }

    public required double UpsertP99Ms { get; init; }

    public required double UpsertsPerSecond { get; init; }

    /// <summary>Every storage request the bot made in the rating phase, the shared cards' upkeep included, per rating.</summary>
    public required double RequestsPerRating { get; init; }

    /// <summary>Storage round trips on a rating's answer path, as the bot counts them: requests that overlap count as one.</summary>
    public required double RoundTripsPerRating { get; init; }

    /// <summary>Rating p99 in a fresh workshop, and in one with every proposal's two rounds already stored.</summary>
    public required double FreshWorkshopP99Ms { get; init; }

    public required double StoredWorkshopP99Ms { get; init; }

    /// <summary>A point read and a two-entity transaction made directly: the least a two-transaction rating could cost.</summary>
    public required double FloorP99Ms { get; init; }

    public required double FloorsPerSecond { get; init; }

    /// <summary>The rating path's two storage requests made directly, with no bot: p99 and rate.</summary>
    public required double StoragePathP99Ms { get; init; }

    public required double StoragePathsPerSecond { get; init; }

    /// <summary>CPU milliseconds per rating spent by the bot instances, and by Azurite, in the steady phase.</summary>
    public required double BotCpuMsPerRating { get; init; }

    public required double StorageCpuMsPerRating { get; init; }

    public required double StorageCpuMsPerUpsert { get; init; }

    public required double OutboundCallsPerRating { get; init; }

    public required int BurstRatings { get; init; }

    public required double BurstSeconds { get; init; }

    public required double BurstP99Ms { get; init; }

    public required double BurstOutboundCallsPerRating { get; init; }

    public required int RateLimitBreaches { get; init; }

    public required double SummaryP95Ms { get; init; }

    public required double SearchP95Ms { get; init; }

    public required double PeakWorkingSetMb { get; init; }

    /// <summary>Ratings stored, history entries and tallies checked against a recount from storage; empty when all is right.</summary>
    public required IReadOnlyList<string> CorrectnessProblems { get; init; }

    /// <summary>The warnings the bot instances logged, by kind and event id, with how many of each.</summary>
    public required IReadOnlyList<string> BotWarnings { get; init; }

    public double VoteToUpsertP99 => RatingP99Ms / UpsertP99Ms;

    /// <summary>The share of the storage ceiling that even the floor reaches, and its p99 over the upsert's.</summary>
    public double FloorShareOfStorageCeiling => FloorsPerSecond / (UpsertsPerSecond / 2);

    public double FloorToUpsertP99 => FloorP99Ms / UpsertP99Ms;

    /// <summary>How much longer a rating takes than its own storage requests: the bot's own share.</summary>
    public double VoteToStoragePathP99 => RatingP99Ms / StoragePathP99Ms;

    /// <summary>Ratings per second over the two-transaction ceiling: upserts per second ÷ 2.</summary>
    public double ShareOfStorageCeiling => RatingsPerSecond / (UpsertsPerSecond / 2);

    public double StoredToFreshP99 => StoredWorkshopP99Ms / FreshWorkshopP99Ms;

    public IReadOnlyList<Target> Targets =>
    [
        new("vote p99 / upsert p99", VoteToUpsertP99, "≤ 3", VoteToUpsertP99 <= 3),
        new("share of the storage ceiling", ShareOfStorageCeiling, "≥ 0.8", ShareOfStorageCeiling >= 0.8),
        new("round trips per rating", RoundTripsPerRating, "≤ 2", RoundTripsPerRating <= 2),
        new("requests per rating", RequestsPerRating, "≤ 4", RequestsPerRating <= 4),
        new("stored workshop p99 / fresh workshop p99", StoredToFreshP99, "≤ 1.2", StoredToFreshP99 <= 1.2),
        new("outbound calls per rating in the burst", BurstOutboundCallsPerRating, "≤ 0.1", BurstOutboundCallsPerRating <= 0.1),
        new("rate-limit breaches", RateLimitBreaches, "0", RateLimitBreaches == 0),
        new("summary p95 (ms)", SummaryP95Ms, "≤ 100", SummaryP95Ms <= 100),
    ];
}

public sealed record Target(string Name, double Value, string Goal, bool Met);
