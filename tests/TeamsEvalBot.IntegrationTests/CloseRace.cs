using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// One close race: a workshop of 60 people, all rating proposal 1.1 together (12 in flight at a
/// time), and the facilitator closing it once the first few answers are back, so the rest are in
/// flight, then at once revealing it. What each rater was told is then held against what was
/// stored, what was stored after the close (by storage's clock), and what the reveal showed.
/// </summary>
public static class CloseRace
{
    public const int Raters = 60;

    // The close goes out as soon as this many ratings are answered: the others are in flight.
    private const int AnswersBeforeClose = 3;

    // Storage answers one request at a time, so with all 60 sent at once every rating has read the
    // open round before the close's first read is served, and nothing races it. This many in flight
    // at once, as people pressing Rate over a few seconds, keep ratings in flight on either side of the close.
    private const int InFlight = 12;

    private const string Acknowledged = "Your rating";
    private const string Refused = "This proposal is closed, so your rating was not saved.";

    private static readonly Framework Framework = FrameworkCatalogue.LoadEmbedded().Default;

    public static async Task<CloseRaceOutcome> RunAsync<TBot>(TBot bot)
        where TBot : class, IBotEndpoint
    {
        ArgumentNullException.ThrowIfNull(bot);

        // Each race's workshop has these 60 people only: the connector's member list is the roster every start reads.
        lock (bot.Connector.Members)
        {
            bot.Connector.Members.Clear();
        }

        var workshop = new WorkshopDriver<TBot>(bot, Raters);
        var workshopId = await workshop.StartAsync();
        await SayAsync(workshop, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;

        var answered = 0;
        var firstAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gate = new SemaphoreSlim(InFlight);
        var ratings = workshop.People.Select(async (person, i) =>
        {
            var rank = i % Framework.Levels.Count;
            await gate.WaitAsync();
            try
            {
                var (status, card) = await workshop.InvokeAsync(workshop.Rating(person, "1.1", rank.ToString(CultureInfo.InvariantCulture), $"evidence of {person.Id}"));
                if (Interlocked.Increment(ref answered) == AnswersBeforeClose)
                {
                    firstAnswers.TrySetResult();
                }

                return new RaterAnswer(person.Id, rank, status, card is null ? [] : CardTexts.Of(card));
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var all = Task.WhenAll(ratings);

        await Task.WhenAny(firstAnswers.Task, all);
        var answeredWhenClosing = Volatile.Read(ref answered);

        // The shared card drawn closed shows the close is stored; the proposal row's write time is
        // then the close's, until the reveal writes it again.
        var drawnClosed = bot.Connector.WhenCalled(c => IsDrawingOf(c, cardId, "Rating is closed."));
        var close = SayAsync(workshop, "close 1.1");
        await Task.WhenAny(drawnClosed.Arrived, close);
        var workshops = new TableClient(bot.StorageConnectionString, Tables.Workshops);
        var closedAt = await WriteTimes.ProposalAsync(workshops, workshopId, "1.1");

        // The reveal follows at once, while ratings are still in flight.
        var reveal = SayAsync(workshop, "reveal 1.1");
        await close;
        await reveal;
        var answers = await all;

        var stored = (await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).ToDictionary(r => r.ParticipantId, r => r.LevelRank, StringComparer.Ordinal);
        var storedLate = (await WriteTimes.RatingsAsync(workshops, workshopId, "1.1")).Where(r => r.Value > closedAt).Select(r => r.Key).ToList();
        var revealed = bot.Connector.Calls
            .Where(c => IsDrawingOf(c, cardId, "Results revealed."))
            .Select(c => CardTexts.Of(c.Body!["attachments"]![0]!["content"]!))
            .ToList();
        return new CloseRaceOutcome(answeredWhenClosing, answers, stored, storedLate, revealed);
    }

    private static bool IsDrawingOf(RecordedCall call, string cardId, string words) =>
        call.Method == HttpMethod.Put && call.Path.EndsWith("/" + cardId, StringComparison.Ordinal)
        && call.Body?["attachments"]?[0]?["content"] is { } card && CardTexts.Of(card).Any(t => t.StartsWith(words, StringComparison.Ordinal));

    private static async Task SayAsync<TBot>(WorkshopDriver<TBot> workshop, string command)
        where TBot : class, IBotEndpoint
    {
        using var response = await workshop.SayAsync(workshop.Facilitator, command);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>What one rater was told: the status and the answer card's words.</summary>
    public sealed record RaterAnswer(string PersonId, int Rank, HttpStatusCode Status, IReadOnlyList<string> Texts)
    {
        public bool WasAcknowledged => Status == HttpStatusCode.OK && Texts.Contains(Acknowledged);

        public bool WasRefused => Status == HttpStatusCode.OK && Texts.Contains(Refused);
    }

    /// <summary>
    /// A race: how many ratings were answered when the close was sent, the answers, the ratings
    /// stored (person → rank), the people whose rating was written after the close, and every
    /// drawing of the revealed card, as words.
    /// </summary>
    public sealed record CloseRaceOutcome(
        int AnsweredWhenClosing,
        IReadOnlyList<RaterAnswer> Answers,
        IReadOnlyDictionary<string, int> Stored,
        IReadOnlyList<string> StoredAfterClose,
        IReadOnlyList<IReadOnlyList<string>> Revealed)
    {
        public int AcknowledgedCount => Answers.Count(a => a.WasAcknowledged);

        public int RefusedCount => Answers.Count(a => a.WasRefused);

        /// <summary>Each way the race broke its promise to the raters, in words; none when it kept it.</summary>
        public IEnumerable<string> Problems()
        {
            if (AnsweredWhenClosing >= Raters)
            {
                yield return "every rating was answered before the close went out, so nothing raced it";
            }

            foreach (var answer in Answers.Where(a => !a.WasAcknowledged && !a.WasRefused))
            {
                yield return $"{answer.PersonId} got neither the own view nor the refusal: {answer.Status} {string.Join(" | ", answer.Texts)}";
            }

            var acknowledged = Answers.Where(a => a.WasAcknowledged).ToList();
            foreach (var answer in acknowledged.Where(a => Stored.GetValueOrDefault(a.PersonId, -1) != a.Rank))
            {
                yield return $"{answer.PersonId} was shown their rating, but the round does not hold it";
            }

            foreach (var answer in Answers.Where(a => a.WasRefused && Stored.ContainsKey(a.PersonId)))
            {
                yield return $"{answer.PersonId} was told their rating was not saved, but the round holds it";
            }

            foreach (var late in StoredAfterClose)
            {
                yield return $"{late}'s rating was stored after the close";
            }

            if (Revealed.Count == 0)
            {
                yield return "the reveal drew no revealed card";
            }

            var expected = new List<string> { $"Results revealed. {acknowledged.Count} of {Raters} rated." };
            if (acknowledged.Count > 0)
            {
                expected.AddRange(Framework.Levels.Select(level => $"{level.Name}: {acknowledged.Count(a => a.Rank == level.Rank)} of {acknowledged.Count} ("));
            }

            foreach (var drawing in Revealed)
            {
                foreach (var line in expected.Where(line => !drawing.Any(t => t.StartsWith(line, StringComparison.Ordinal))))
                {
                    yield return $"the revealed card does not tally the acknowledged ratings: it lacks \"{line}\", showing: {string.Join(" | ", drawing.Where(t => t.StartsWith("Results revealed.", StringComparison.Ordinal) || Framework.Levels.Any(l => t.StartsWith(l.Name + ":", StringComparison.Ordinal))))}";
                }
            }
        }
    }
}
