using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// CPU time the bot instances and Azurite spend over a phase: on one machine, which of them is the
/// bottleneck, and how much of a rating's cost is the bot's own.
/// </summary>
public sealed class CpuProfile
{
    private readonly LiveBot live;
    private readonly TimeSpan botAtStart;
    private readonly TimeSpan storageAtStart;

    private CpuProfile(LiveBot live)
    {
        this.live = live;
        botAtStart = BotCpu(live);
        storageAtStart = live.Azurite.Process.CpuTime;
    }

    public static CpuProfile Start(LiveBot live) => new(live);

    /// <summary>Milliseconds of CPU per unit of work, for the bot (all instances) and for Azurite.</summary>
    public (double BotMs, double StorageMs) PerItem(int items) =>
        ((BotCpu(live) - botAtStart).TotalMilliseconds / items, (live.Azurite.Process.CpuTime - storageAtStart).TotalMilliseconds / items);

    private static TimeSpan BotCpu(LiveBot live) =>
        live.Instances.Aggregate(TimeSpan.Zero, (total, instance) => total + instance.Process.CpuTime);
}
