using Azure.Data.Tables;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// The rating path's storage requests with no bot around them: the rater's two point reads and the
/// rating's transaction, made through the bot's own store against the workshop's filled table,
/// with as many in flight as in the rating phase. It shows how much of a rating's time is storage.
/// It runs just before the rating phase, into a round nobody rates, and its rows are then deleted:
/// the ratings meet a table that grows as the replay's did, since Azurite scans the whole table.
/// </summary>
public static class StoragePathReplay
{
    private const int UnusedRound = 99;

    private const string ActivityPrefix = "replay-";

    public static async Task<PhaseFigures> RunAsync(WorkshopDriver<LiveBot> workshop, IReadOnlyList<string> proposals, int inFlight, int count)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(proposals);
        var workshopId = workshop.WorkshopId!;
        var table = workshop.Bot.Azurite.Table(Tables.Workshops);
        foreach (var proposal in proposals)
        {
            // The round's open row, as posting makes it; marked so that DeleteAsync removes it too.
            await table.AddEntityAsync(new TableEntity(workshopId, $"open|{proposal}|{UnusedRound:D3}") { ["ActivityId"] = ActivityPrefix + "open" });
        }

        var latencies = new Latencies();
        var wall = await ConcurrentCalls.RunAsync(
            [.. Enumerable.Range(0, count)],
            inFlight,
            async i =>
            {
                var person = workshop.People[i % workshop.People.Count];
                var proposal = proposals[i / workshop.People.Count % proposals.Count];
                await workshop.Store.GetRaterAsync(workshopId, person.Id, CancellationToken.None);
                var rating = new RatingEntry(person.Id, person.Name, PartnerOrganisation.NhsBoard, i % 4, StorageBaseline.Evidence, string.Empty, DateTimeOffset.UtcNow);
                if (await workshop.Store.SaveRatingAsync(workshopId, proposal, UnusedRound, rating, $"{ActivityPrefix}{i}", CancellationToken.None) != RatingSave.Saved)
                {
                    throw new InvalidOperationException($"The replay's rating {i} was not stored.");
                }
            },
            latencies);
        return new PhaseFigures(latencies, wall);
    }

    /// <summary>Deletes the replay's open rows, ratings and history entries.</summary>
    public static async Task DeleteAsync(WorkshopDriver<LiveBot> workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var table = workshop.Bot.Azurite.Table(Tables.Workshops);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshop.WorkshopId} and ActivityId ge {ActivityPrefix} and ActivityId lt {"replay."}");
        var rows = await table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"]).ToListAsync();
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row)));
        }
    }
}
