using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>Recounts from storage what the bot acknowledged and what its cards show.</summary>
public static class Correctness
{
    /// <summary>
    /// Every acknowledged rating is stored once with the acknowledged level, and history has one entry
    /// per real change. A rating whose answer said it could not tell may be stored or not: either is right.
    /// </summary>
    public static async Task<List<string>> CheckStoredAsync(WorkshopDriver<LiveBot> workshop, Rater rater, IReadOnlyList<string> proposalIds, IReadOnlyDictionary<string, int> historyExpected)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(historyExpected);
        var problems = new List<string>();
        foreach (var id in proposalIds)
        {
            var stored = await workshop.Store.GetRatingsAsync(workshop.WorkshopId!, id, 1, CancellationToken.None);
            var expected = rater.Acknowledged.Where(a => a.Key.Proposal == id).ToDictionary(a => a.Key.Person, a => a.Value);
            var maybe = rater.Unconfirmed.Where(u => u.Key.Proposal == id).ToDictionary(u => u.Key.Person, u => u.Value);
            if (stored.Select(r => r.ParticipantId).Distinct().Count() != stored.Count)
            {
                problems.Add($"{id}: a person's rating is stored twice.");
            }

            var missing = expected.Keys.Count(person => stored.All(r => r.ParticipantId != person));
            var wrong = stored.Count(r => expected.GetValueOrDefault(r.ParticipantId, -1) != r.LevelRank && maybe.GetValueOrDefault(r.ParticipantId)?.Contains(r.LevelRank) != true);
            if (missing > 0 || wrong > 0)
            {
                problems.Add($"{id}: {missing} acknowledged ratings missing, {wrong} stored levels neither acknowledged nor sent.");
            }

            var history = await RatingHistory.ReadAsync(new Azure.Data.Tables.TableClient(workshop.Bot.Azurite.ConnectionString, "Workshops"), workshop.WorkshopId!, id);
            var least = historyExpected.GetValueOrDefault(id) - maybe.Values.Sum(levels => levels.Count);
            if (history.Count < least || history.Count > historyExpected.GetValueOrDefault(id))
            {
                problems.Add($"{id}: {history.Count} history entries, for {historyExpected.GetValueOrDefault(id)} changes sent ({least} acknowledged).");
            }
        }

        return problems;
    }

    /// <summary>Before the reveal, each shared card's last update says everyone has rated: no count lost between instances.</summary>
    public static IEnumerable<string> CheckCardCounts(RecordingConnector connector, IEnumerable<string> cardActivityIds, int participants) =>
        cardActivityIds
            .Where(card => CardSettling.LastUpdate(connector, card)?.Contains(CardSettling.Counts(participants), StringComparison.Ordinal) != true)
            .Select(card => $"Card {card} does not say \"{CardSettling.Counts(participants)}\" after the ratings.");

    /// <summary>After the reveal, the shared card's distribution matches a recount of the stored ratings.</summary>
    public static async Task<List<string>> CheckRevealedCardsAsync(WorkshopDriver<LiveBot> workshop, Framework framework, IReadOnlyList<string> proposalIds)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(framework);
        var problems = new List<string>();
        var cards = (await workshop.Store.GetAllProgressAsync(workshop.WorkshopId!, CancellationToken.None)).ToDictionary(p => p.ProposalId, p => p.CardActivityId);
        foreach (var id in proposalIds)
        {
            var stored = await workshop.Store.GetRatingsAsync(workshop.WorkshopId!, id, 1, CancellationToken.None);
            var lastPut = CardSettling.LastUpdate(workshop.Bot.Connector, cards[id]!) ?? string.Empty;
            foreach (var level in framework.Levels)
            {
                var count = stored.Count(r => r.LevelRank == level.Rank);
                if (count > 0 && !lastPut.Contains($"{level.Name}: {count} of {stored.Count} (", StringComparison.Ordinal))
                {
                    problems.Add($"{id}: the revealed card does not show {level.Name}: {count} of {stored.Count}.");
                }
            }
        }

        return problems;
    }

    /// <summary>Breaches of Teams' per-thread limits, from the times the connector received each send, update and delete.</summary>
    public static int RateLimitBreaches(RecordingConnector connector) =>
        SendsByThread(connector).Sum(thread => RateLimitAudit.Breaches(thread));

    /// <summary>Each breach in words: which limit, and the sends that broke it.</summary>
    public static IEnumerable<string> DescribeBreaches(RecordingConnector connector) =>
        SendsByThread(connector).SelectMany(RateLimitAudit.Describe);

    private static IEnumerable<List<DateTimeOffset>> SendsByThread(RecordingConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.Calls
            .Where(c => c.Method != HttpMethod.Get && c.Path.Contains("/activities", StringComparison.Ordinal))
            .GroupBy(c => c.Path.Split("/conversations/")[1].Split('/')[0], StringComparer.Ordinal)
            .Select(thread => thread.Select(c => c.At).ToList());
    }
}
