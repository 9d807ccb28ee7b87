using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// Does a rating cost more as its workshop fills? The same ratings are timed in a fresh workshop
/// and in one whose every rateable proposal already has two rounds stored, in the same run and on
/// the same table, in alternating passes so that drift in the machine falls on both alike.
/// </summary>
public static class StoredWorkshopPhase
{
    private const int Passes = 4;

    public static async Task<(Latencies Fresh, Latencies Stored)> RunAsync(LiveBot live, IReadOnlyList<string> rateable, int participants, int inFlight, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(rateable);
        ArgumentNullException.ThrowIfNull(log);
        var timedProposal = rateable[^1];
        var stored = await StartAsync(live, participants, "Storedshire Health and Social Care Partnership");
        await FillAsync(stored, rateable, inFlight);
        await WorkshopSteps.SayOrThrowAsync(stored, $"revote {timedProposal}");
        var fresh = await StartAsync(live, participants, "Freshshire Health and Social Care Partnership");
        log.WriteLine($"Stored workshop: {rateable.Count} proposals × 2 rounds × {participants} ratings stored; a third round of {timedProposal} is rated, against its first round in a fresh workshop.");

        var (freshLatencies, storedLatencies) = (new Latencies(), new Latencies());
        var (freshRater, storedRater) = (new Rater(fresh), new Rater(stored));
        for (var pass = 0; pass < Passes; pass++)
        {
            await ConcurrentCalls.RunAsync(fresh.People, inFlight, p => freshRater.RateAsync(p, timedProposal, pass % 4), freshLatencies);
            await ConcurrentCalls.RunAsync(stored.People, inFlight, p => storedRater.RateAsync(p, timedProposal, pass % 4, round: 3), storedLatencies);
        }

        if (freshRater.Refused + storedRater.Refused > 0)
        {
            throw new InvalidOperationException($"{freshRater.Refused + storedRater.Refused} ratings of the stored-workshop phase were not acknowledged.");
        }

        return (freshLatencies, storedLatencies);
    }

    private static async Task<WorkshopDriver<LiveBot>> StartAsync(LiveBot live, int participants, string partnership)
    {
        var workshop = new WorkshopDriver<LiveBot>(live, participants, uniquePeople: true);
        await workshop.StartAsync(partnership);
        await WorkshopSteps.SayOrThrowAsync(workshop, "post all");
        return workshop;
    }

    /// <summary>
    /// Two revealed rounds of every proposal: the ratings straight into the bot's store, as the rating
    /// path writes them (it is storage that must not grow costlier, and this is quicker than the bot),
    /// the reveals and new rounds through the bot.
    /// </summary>
    private static async Task FillAsync(WorkshopDriver<LiveBot> workshop, IReadOnlyList<string> proposals, int inFlight)
    {
        var workshopId = workshop.WorkshopId!;
        for (var round = 1; round <= 2; round++)
        {
            var work = proposals.SelectMany(id => workshop.People.Select((person, i) => (Person: person, Proposal: id, Level: i % 4))).ToList();
            var thisRound = round;
            await ConcurrentCalls.RunAsync(work, inFlight, async w =>
            {
                var rating = new RatingEntry(w.Person.Id, w.Person.Name, PartnerOrganisation.NhsBoard, w.Level, StorageBaseline.Evidence, string.Empty, DateTimeOffset.UtcNow);
                if (await workshop.Store.SaveRatingAsync(workshopId, w.Proposal, thisRound, rating, $"fill-{thisRound}-{w.Proposal}-{w.Person.Id}", CancellationToken.None) != RatingSave.Saved)
                {
                    throw new InvalidOperationException($"Filling round {thisRound} of {w.Proposal} failed.");
                }
            }, new Latencies());
            foreach (var id in proposals)
            {
                await WorkshopSteps.SayOrThrowAsync(workshop, $"reveal {id}");
                if (round == 1)
                {
                    await WorkshopSteps.SayOrThrowAsync(workshop, $"revote {id}");
                }
            }
        }
    }
}
