using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The close race of <see cref="CloseRace"/>, 20 times, with two bot processes on one storage:
/// the driver sends each request to the next instance in turn, so ratings and the close land on both.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CloseRaceLiveTests(ITestOutputHelper output)
{
    private const int Repetitions = 20;

    [Fact]
    public async Task SixtyRatingsRacingAClose_TwoInstances_AcknowledgedAreStoredAndRevealed_RefusedAreNot()
    {
        await using var bot = await LiveBot.StartAsync(instanceCount: 2);
        var outcomes = new List<CloseRace.CloseRaceOutcome>();
        for (var race = 1; race <= Repetitions; race++)
        {
            outcomes.Add(await CloseRace.RunAsync(bot));
        }

        CloseRaceReport.AssertKept(outcomes, output, "two instances");
    }
}
