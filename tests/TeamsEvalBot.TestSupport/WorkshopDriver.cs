using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Plays a workshop in a group chat against a bot, in memory or over HTTP: people type commands
/// and press card buttons. <typeparamref name="TBot"/> keeps the bot's own members at hand.
/// </summary>
public sealed class WorkshopDriver<TBot>
    where TBot : class, IBotEndpoint
{
    private static readonly string[] Domains = ["nhs.scot", "angus.gov.uk", "angus.gov.uk", "nhs.scot", "vaa.org.uk", "carehomes.example.co.uk"];

    private readonly TableStore tables;

    /// <param name="uniquePeople">
    /// Tags the people's ids and emails, for a bot that many tests share: each workshop then has
    /// people of its own in the one member list. Untagged, they are 29:person-0, 29:person-1…
    /// </param>
    public WorkshopDriver(TBot bot, int participants = 5, bool uniquePeople = false)
    {
        ArgumentNullException.ThrowIfNull(bot);
        Bot = bot;
        tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = bot.StorageConnectionString }), []);
        Store = new(tables);
        ConversationId = $"19:{Guid.NewGuid():N}@thread.v2";
        var tag = uniquePeople ? Guid.NewGuid().ToString("N")[..8] : null;
        People = [.. Enumerable.Range(0, participants).Select(i => tag is null
            ? new WorkshopDriver.Person($"29:person-{i}", $"Person {i}", $"person{i}@{Domains[i % Domains.Length]}")
            : new WorkshopDriver.Person($"29:{tag}-{i}", $"Person {i}", $"person{i}.{tag}@{Domains[i % Domains.Length]}"))];

        // Tests that share a bot add their people at the same time.
        lock (bot.Connector.Members)
        {
            bot.Connector.Members.AddRange(People.Select(p => new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["email"] = p.Email, ["userPrincipalName"] = p.Email }));
        }
    }

    public TBot Bot { get; }

    public string ConversationId { get; }

    public IReadOnlyList<WorkshopDriver.Person> People { get; }

    public WorkshopDriver.Person Facilitator => People[0];

    /// <summary>The workshop's id, once <see cref="StartAsync"/> has started it.</summary>
    public string? WorkshopId { get; private set; }

    /// <summary>The bot's own store class, over the bot's storage, for reading what was stored.</summary>
    public WorkshopStore Store { get; }

    /// <summary>Starts the workshop (the first person facilitates) and reads its id from storage.</summary>
    public async Task<string> StartAsync(string partnership = "Angus Health and Social Care Partnership")
    {
        using var response = await SayAsync(Facilitator, $"start workshop {partnership}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var workshop = await Store.GetActiveAsync(ConversationId, CancellationToken.None);
        WorkshopId = workshop?.Value.Id ?? throw new InvalidOperationException("The workshop was not stored.");
        return WorkshopId;
    }

    /// <summary>A message that @mentions the bot in the group chat.</summary>
    public Task<HttpResponseMessage> SayAsync(WorkshopDriver.Person from, string text) => Bot.SendAsync(As(from, TeamsActivities.GroupMention(text, ConversationId)));

    /// <summary>Presses a card button: the answer must be a valid card.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Card)> ActAsync(WorkshopDriver.Person from, string verb, JsonObject data, string? activityId = null)
    {
        using var response = await Bot.SendAsync(Action(from, verb, data, activityId));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var card = body["value"]!;
        await CardAssert.ValidAsync(card, $"the card answering '{verb}'");
        return (response.StatusCode, card);
    }

    public Task<(HttpStatusCode Status, JsonNode Card)> RateAsync(WorkshopDriver.Person from, string workshopId, string proposalId, string level, string evidence = "", string suggestedAction = "", string? activityId = null) =>
        ActAsync(from, "rate", RatingData(workshopId, proposalId, 1, level, evidence, suggestedAction), activityId);

    /// <summary>The adaptiveCard/action invoke for a button on a card in this chat.</summary>
    public JsonObject Action(WorkshopDriver.Person from, string verb, JsonObject data, string? activityId = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        });
        invoke["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = LocalIdentityServer.TenantId };
        if (activityId is not null)
        {
            invoke["id"] = activityId;
        }

        return As(from, invoke);
    }

    /// <summary>The rate invoke for this started workshop, to send with <see cref="InvokeAsync"/>.</summary>
    public JsonObject Rating(WorkshopDriver.Person from, string proposalId, string level, string evidence = "", string? activityId = null, int round = 1) =>
        Action(from, "rate", RatingData(WorkshopId ?? throw new InvalidOperationException("Start the workshop first."), proposalId, round, level, evidence, string.Empty), activityId);

    /// <summary>Sends an invoke and returns the HTTP status and the card of the invoke response (null when there is none).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Card)> InvokeAsync(JsonObject invoke)
    {
        using var response = await Bot.SendAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        return (response.StatusCode, body?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? body["value"] : null);
    }

    /// <summary>
    /// This workshop's stored data (its partition and its conversation's rows), as text, to prove
    /// that something changed nothing. Other tests' data and the service's own bookkeeping
    /// (Timestamp, ETag, the shared cards' counts) are left out.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        var workshop = await Store.GetActiveAsync(ConversationId, CancellationToken.None);
        var partitions = new[] { (Tables.Conversations, KeyEncoding.Encode(ConversationId)) }.ToList();
        if (workshop is not null)
        {
            partitions.Add((Tables.Workshops, workshop.Value.Id));
        }

        var rows = new List<string>();
        foreach (var (table, partition) in partitions)
        {
            await foreach (var entity in tables.Table(table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            {
                if (!StoredRow.IsCardCount(entity))
                {
                    rows.Add(StoredRow.Text(table, entity));
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }

    private static JsonObject RatingData(string workshopId, string proposalId, int round, string level, string evidence, string suggestedAction) => new()
    {
        ["workshopId"] = workshopId,
        ["proposalId"] = proposalId,
        ["round"] = round,
        ["level"] = level,
        ["evidence"] = evidence,
        ["suggestedAction"] = suggestedAction,
    };

    private static JsonObject As(WorkshopDriver.Person person, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
        return activity;
    }
}

/// <summary>
/// What the drivers of every kind of bot share: the person record, and a snapshot of all of
/// storage (a static member, which a generic type should not have).
/// </summary>
public static class WorkshopDriver
{
    /// <summary>Tables of the bot's own bookkeeping, which change without any person doing anything.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase) { "CardUpdates", "ThreadSends" };

    /// <summary>
    /// Every stored row (the bot's own bookkeeping left out), as sorted text, to prove that
    /// something changed nothing. Timestamp and ETag are left out; they are the service's.
    /// </summary>
    public static async Task<string> SnapshotAsync(Azurite azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var rows = new List<string>();
        var service = azurite.Service;
        await foreach (var table in service.QueryAsync())
        {
            if (Bookkeeping.Contains(table.Name))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (!StoredRow.IsCardCount(entity))
                {
                    rows.Add(StoredRow.Text(table.Name, entity));
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }

    public sealed record Person(string Id, string Name, string Email);
}
