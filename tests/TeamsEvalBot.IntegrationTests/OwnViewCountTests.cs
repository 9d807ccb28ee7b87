using System.Globalization;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// The count on a rater's own view, in a blind round. The answer to a rating may leave the count
/// out (the refresh shows it), but a count it shows must be right: the k-th rater has made it k.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class OwnViewCountTests(AzuriteFixture storage) : IDisposable
{
    private const int Raters = 10;

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task TenRatersInTurn_EachAnswerShowsItsRatersPlaceInTheCount_OrNoCount()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: Raters);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var levels = Domain.Frameworks.FrameworkCatalogue.LoadEmbedded().Default.Levels;
        var wrong = new List<string>();

        for (var k = 1; k <= Raters; k++)
        {
            var rank = k % levels.Count;
            var (_, card) = await workshop.RateAsync(workshop.People[k - 1], workshopId, "1.1", rank.ToString(CultureInfo.InvariantCulture), $"evidence {k}");

            var texts = CardTexts.Of(card);
            Assert.Contains("Your rating", texts);
            Assert.Contains($"You rated this {levels[rank].Name}.", texts);
            var counts = texts.Where(t => t.Contains($" of {Raters} have rated", StringComparison.Ordinal)).ToList();
            if (counts.Count != 0 && !counts.SequenceEqual([$"{k} of {Raters} have rated."]))
            {
                wrong.Add($"rater {k} was told: {string.Join(" | ", counts)}");
            }
        }

        Assert.True(wrong.Count == 0, $"A rating's answer showed a count other than its rater's place:\n{string.Join('\n', wrong)}");
    }
}
