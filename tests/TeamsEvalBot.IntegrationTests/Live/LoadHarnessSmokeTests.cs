using TeamsEvalBot.LoadHarness;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The load harness in its small smoke mode, with two bot instances on one storage: it checks
/// counts, never timings (the full run is scripts/load). It runs alone, after the parallel tests:
/// the rate-limit windows are measured where the connector receives the calls, and a busy test
/// process around it would bunch its arrival times.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class LoadHarnessSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoInstances_LoseNoRating_KeepTalliesRight_AndStayInsideTheRateLimits()
    {
        var settings = LoadSettings.Smoke(instances: 2);

        var results = await LoadRun.RunAsync(settings, new StringWriter());
        output.WriteLine(LoadReport.Markdown(results));

        Assert.Empty(results.CorrectnessProblems);
        Assert.Equal(0, results.RatingsRefused);
        Assert.Equal(0, results.RateLimitBreaches);

        // The burst's updates of the one card are coalesced across both instances: one interval's
        // worth while it lasts, and the trailing one.
        Assert.InRange(results.BurstOutboundCallsPerRating * results.BurstRatings, 1, 3);
    }
}
