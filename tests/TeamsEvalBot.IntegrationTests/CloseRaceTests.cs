using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// A close racing 60 ratings, 20 times, on one bot instance: a rating acknowledged is stored and
/// revealed, a rating refused is not stored, and none is stored after the close (see <see cref="CloseRace"/>).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class CloseRaceTests(AzuriteFixture storage, ITestOutputHelper output) : IDisposable
{
    private const int Repetitions = 20;

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task SixtyRatingsRacingAClose_OneInstance_AcknowledgedAreStoredAndRevealed_RefusedAreNot()
    {
        var outcomes = new List<CloseRace.CloseRaceOutcome>();
        for (var race = 1; race <= Repetitions; race++)
        {
            outcomes.Add(await CloseRace.RunAsync(bot));
        }

        CloseRaceReport.AssertKept(outcomes, output, "one instance");
    }
}
