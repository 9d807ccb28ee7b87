using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// 5,000 ratings at once, some delivered twice at the same moment as Teams' retries are: each
/// acknowledged rating is stored once, each real change has one history entry, and the tallies
/// the bot shows match a recount straight from the table rows.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ConcurrentRatingTests : IDisposable
{
    private const int Participants = 200;
    private const int Ratings = 5_000;

    // Azurite answers one request at a time: more in flight only lengthens each wait, towards the storage timeout.
    private const int InFlight = 16;
    private const int Seed = 2019;

    // An answer that says storage was too slow is delivered again, as Teams retries; a few times at most.
    private const int Attempts = 5;

    private readonly BotApp bot;
    private readonly ITestOutputHelper output;
    private readonly DuplicateInsertCounter duplicateInserts = new();

    public ConcurrentRatingTests(AzuriteFixture storage, ITestOutputHelper output)
    {
        this.output = output;

        // Coalescing is proven elsewhere; with a long interval the flush sends each card's last update, so that update is the bot's final word.
        bot = new BotApp(
            storage.Azurite.ConnectionString,
            new Dictionary<string, string?> { ["CardUpdates:MinimumInterval"] = "01:00:00" },
            services => services.AddSingleton<HttpPipelinePolicy>(duplicateInserts));
    }

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task FiveThousandRatings_SomeDeliveredTwiceAtOnce_AreStoredOnce_WithOneHistoryEntryPerChange_AndTalliesMatchARecount()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, Participants);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post all");
        var framework = FrameworkCatalogue.LoadEmbedded().Default;
        var proposals = framework.Proposals.Where(p => p.IsRateable).Select(p => p.Id).ToList();
        var plan = RatingPlan.Make(workshop.People, proposals, Ratings, new Random(Seed));
        var answers = new AnswerLog(framework);
        using var gate = new SemaphoreSlim(InFlight);

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(plan.Select(pair => PlayAsync(workshop, workshopId, pair, gate, answers)));
        clock.Stop();

        var deliveries = plan.SelectMany(p => p.Deliveries).ToList();
        output.WriteLine(
            $"{deliveries.Sum(d => d.Copies)} invokes ({deliveries.Count} ratings, {deliveries.Count(d => d.Copies == 2)} delivered twice at once, " +
            $"{plan.Count(p => p.Deliveries.Count == 2)} changed later) in {clock.Elapsed.TotalSeconds:F1} s with {InFlight} in flight; " +
            $"{duplicateInserts.Count} duplicates reached the transaction and were refused by it; {answers.Redeliveries} slow answers delivered again; " +
            $"table transactions per invoke: at most {answers.MostTableCalls}, {answers.TableCalls / (double)answers.Count:F2} on average");

        AssertEveryCopyWasAcknowledgedWithItsOwnLevel(deliveries, answers);
        var stored = await StoredRowsAsync(workshopId);
        AssertStoredOnce(plan, stored);
        await AssertTalliesMatchTheRecountAsync(workshopId, proposals, stored);
        foreach (var card in answers.Sample)
        {
            await CardAssert.ValidAsync(card, "a sampled answer to a rating invoke");
        }
    }

    private async Task PlayAsync(WorkshopDriver<BotApp> workshop, string workshopId, RatingPair pair, SemaphoreSlim gate, AnswerLog answers)
    {
        // A change comes after its first rating was acknowledged, so the last acknowledged level is known.
        foreach (var delivery in pair.Deliveries)
        {
            await gate.WaitAsync();
            try
            {
                // The copies of one delivery start together, as a Teams retry racing its original.
                await Task.WhenAll(Enumerable.Range(0, delivery.Copies).Select(_ => SendAsync(workshop, workshopId, delivery, answers)));
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private async Task SendAsync(WorkshopDriver<BotApp> workshop, string workshopId, Delivery delivery, AnswerLog answers)
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "rate",
                ["data"] = new JsonObject
                {
                    ["workshopId"] = workshopId,
                    ["proposalId"] = delivery.ProposalId,
                    ["round"] = 1,
                    ["level"] = delivery.Level.ToString(CultureInfo.InvariantCulture),
                    ["evidence"] = $"Evidence for {delivery.ActivityId}",
                    ["suggestedAction"] = string.Empty,
                },
            },
        });
        invoke["id"] = delivery.ActivityId;
        invoke["conversation"] = new JsonObject { ["id"] = workshop.ConversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = LocalIdentityServer.TenantId };
        invoke["from"] = new JsonObject { ["id"] = delivery.Person.Id, ["name"] = delivery.Person.Name };

        for (var attempt = 1; ; attempt++)
        {
            using var calls = TableCallCounter.Begin();
            using var response = await bot.PostAsync(invoke);
            var answer = new Answer(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
            if (answers.Acknowledges(answer, delivery) || attempt == Attempts)
            {
                answers.Add(delivery, answer, calls.Count);
                return;
            }

            answers.NoteRedelivery();
        }
    }

    private static void AssertEveryCopyWasAcknowledgedWithItsOwnLevel(List<Delivery> deliveries, AnswerLog answers)
    {
        foreach (var delivery in deliveries)
        {
            var got = answers.For(delivery);
            Assert.Equal(delivery.Copies, got.Count);
            Assert.All(got, answer => Assert.True(answers.Acknowledges(answer, delivery), $"{delivery.ActivityId} was answered {answer.Status}: {answer.Body?.ToJsonString()}"));
        }
    }

    private static void AssertStoredOnce(List<RatingPair> plan, StoredRows stored)
    {
        Assert.Equal(plan.Count, stored.Ratings.Count);
        Assert.Equal(plan.Sum(p => p.Deliveries.Count), stored.History.Count);
        var ratings = stored.Ratings.ToDictionary(r => (r.ProposalId, r.PersonId));
        var history = stored.History.ToLookup(h => (h.ProposalId, h.PersonId));
        foreach (var pair in plan)
        {
            var key = (pair.ProposalId, pair.Person.Id);
            var last = pair.Deliveries[^1];
            Assert.Equal((last.Level, last.ActivityId), (ratings[key].Level, ratings[key].ActivityId));
            Assert.Equal(pair.Deliveries.Select(d => (d.Level, (string?)d.ActivityId)), history[key].OrderBy(h => h.UpdatedAt).Select(h => (h.Level, h.ActivityId)));
        }
    }

    private async Task AssertTalliesMatchTheRecountAsync(string workshopId, List<string> proposals, StoredRows stored)
    {
        await bot.Services.GetRequiredService<SharedCardRefresher>().FlushAsync(CancellationToken.None);
        var loader = bot.Services.GetRequiredService<ProposalCardLoader>();
        foreach (var proposalId in proposals)
        {
            var recount = new int[4];
            foreach (var rating in stored.Ratings.Where(r => r.ProposalId == proposalId))
            {
                recount[rating.Level]++;
            }

            var model = (await loader.LoadAsync(workshopId, proposalId, CancellationToken.None))!;
            var tally = model.Tally();
            Assert.Equal(Participants, tally.Count);
            Assert.Equal(recount, tally.CountsByRank);
            var cardPath = "/" + model.Progress.CardActivityId;
            var lastUpdate = bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Path.EndsWith(cardPath, StringComparison.Ordinal));
            Assert.Contains($"{recount.Sum()} of {Participants} have rated.", lastUpdate.Body!.ToJsonString(), StringComparison.Ordinal);
        }

        bot.Connector.AssertAllCardsValid();
    }

    // Straight from the table, not through the bot's own reading code.
    private async Task<StoredRows> StoredRowsAsync(string workshopId)
    {
        var table = bot.Services.GetRequiredService<TableStore>().Table(Tables.Workshops);
        var rows = new StoredRows([], []);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and ((RowKey ge {"history|"} and RowKey lt {"history}"}) or (RowKey ge {"rating|"} and RowKey lt {"rating}"}))");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter))
        {
            // rating|<proposal>|<round>|<person> and history|<proposal>|<round>|<person>|…; these ids need no key encoding.
            var parts = entity.RowKey.Split('|');
            var row = new StoredRating(parts[1], parts[3], entity.GetInt32("Level")!.Value, entity.GetString("ActivityId"), entity.GetDateTimeOffset("UpdatedAt")!.Value);
            (parts[0] == "rating" ? rows.Ratings : rows.History).Add(row);
        }

        return rows;
    }

    private sealed record Delivery(WorkshopDriver.Person Person, string ProposalId, string ActivityId, int Level, int Copies);

    private sealed record RatingPair(WorkshopDriver.Person Person, string ProposalId, List<Delivery> Deliveries);

    private sealed record StoredRating(string ProposalId, string PersonId, int Level, string? ActivityId, DateTimeOffset UpdatedAt);

    private sealed record StoredRows(List<StoredRating> Ratings, List<StoredRating> History);

    private sealed record Answer(HttpStatusCode Status, JsonNode? Body);

    /// <summary>
    /// Who rates what: every person every rateable proposal once, then changes of mind (a new activity,
    /// a different level) until there are <c>ratings</c> in all; one delivery in ten comes twice.
    /// </summary>
    private static class RatingPlan
    {
        public static List<RatingPair> Make(IReadOnlyList<WorkshopDriver.Person> people, List<string> proposals, int ratings, Random random)
        {
            var plan = people.SelectMany(person => proposals.Select(proposalId =>
                new RatingPair(person, proposalId, [new(person, proposalId, $"f:{person.Id}/{proposalId}/1", random.Next(4), Copies(random))]))).ToArray();

            // Shuffled, so the load spreads across proposals and people as in a real workshop.
            random.Shuffle(plan);
            foreach (var pair in plan.Take(ratings - plan.Length))
            {
                var first = pair.Deliveries[0];
                pair.Deliveries.Add(first with { ActivityId = $"f:{pair.Person.Id}/{pair.ProposalId}/2", Level = (first.Level + 1 + random.Next(3)) % 4, Copies = Copies(random) });
            }

            return [.. plan];
        }

        private static int Copies(Random random) => random.NextDouble() < 0.1 ? 2 : 1;
    }

    /// <summary>Every answer, by delivery, with the table transactions it cost; a few kept whole for the card checker.</summary>
    private sealed class AnswerLog(Framework framework)
    {
        private const int SampleEvery = 250;
        private readonly Dictionary<Delivery, List<Answer>> answers = [];
        private readonly List<JsonNode> sample = [];
        private int mostTableCalls;
        private long tableCalls;
        private int redeliveries;

        public int Count { get; private set; }

        public int Redeliveries => Volatile.Read(ref redeliveries);

        public int MostTableCalls => mostTableCalls;

        public long TableCalls => tableCalls;

        public IReadOnlyList<JsonNode> Sample => sample;

        /// <summary>Acknowledged: 200 with the person's own view of the level this delivery carried.</summary>
        public bool Acknowledges(Answer answer, Delivery delivery) =>
            answer.Status == HttpStatusCode.OK
            && answer.Body?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            && answer.Body["value"]!.ToJsonString().Contains($"You rated this {framework.Levels[delivery.Level].Name}.", StringComparison.Ordinal);

        public void NoteRedelivery() => Interlocked.Increment(ref redeliveries);

        public void Add(Delivery delivery, Answer answer, int calls)
        {
            lock (answers)
            {
                if (!answers.TryGetValue(delivery, out var list))
                {
                    answers[delivery] = list = [];
                }

                list.Add(answer);
                if (++Count % SampleEvery == 0 && answer.Body?["value"] is { } card)
                {
                    sample.Add(card);
                }

                mostTableCalls = Math.Max(mostTableCalls, calls);
                tableCalls += calls;
            }
        }

        public List<Answer> For(Delivery delivery)
        {
            lock (answers)
            {
                return answers.GetValueOrDefault(delivery) ?? [];
            }
        }
    }

    /// <summary>Counts entity-group transactions that Table Storage refused because an entity already existed: duplicates caught in the race.</summary>
    private sealed class DuplicateInsertCounter : HttpPipelinePolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Note(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Note(message);
        }

        private void Note(HttpMessage message)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Response.Content.ToString().Contains("EntityAlreadyExists", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
        }
    }
}
