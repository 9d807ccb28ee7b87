namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The fault tests pause, stop and kill processes and measure answer times, the load smoke test
/// measures send windows, and the close race fires 60 ratings at once inside the storage timeout,
/// so they run alone: after the parallel tests, one at a time, each with its own live bot.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
