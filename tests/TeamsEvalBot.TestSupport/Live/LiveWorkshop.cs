using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Plays a workshop in a group chat against a <see cref="LiveBot"/> over HTTP: people type
/// commands and press card buttons, each request signed as the Bot Framework signs it.
/// </summary>
public sealed class LiveWorkshop
{
    private static readonly string[] Domains = ["nhs.scot", "angus.gov.uk", "angus.gov.uk", "nhs.scot", "vaa.org.uk", "carehomes.example.co.uk"];

    /// <summary>Tables of the bot's own bookkeeping, which change without any person doing anything.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase) { "CardUpdates", "ThreadSends" };

    public LiveWorkshop(LiveBot bot, int participants = 5)
    {
        ArgumentNullException.ThrowIfNull(bot);
        Bot = bot;
        Store = new(new TableStore(Options.Create(new StorageOptions { ConnectionString = bot.Azurite.ConnectionString }), []));
        ConversationId = $"19:{Guid.NewGuid():N}@thread.v2";
        var tag = Guid.NewGuid().ToString("N")[..8];
        People = [.. Enumerable.Range(0, participants).Select(i => new Person($"29:{tag}-{i}", $"Person {i}", $"person{i}.{tag}@{Domains[i % Domains.Length]}"))];
        lock (bot.Connector.Members)
        {
            bot.Connector.Members.AddRange(People.Select(p => new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["email"] = p.Email, ["userPrincipalName"] = p.Email }));
        }
    }

    public LiveBot Bot { get; }

    public string ConversationId { get; }

    public IReadOnlyList<Person> People { get; }

    public Person Facilitator => People[0];

    public string? WorkshopId { get; private set; }

    /// <summary>The bot's own store class, over the same Azurite, for reading what was stored.</summary>
    public WorkshopStore Store { get; }

    /// <summary>Starts the workshop (the first person facilitates) and reads its id from storage.</summary>
    public async Task<string> StartAsync(string partnership)
    {
        using var response = await SayAsync(Facilitator, $"start workshop {partnership}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"start workshop answered {(int)response.StatusCode}");
        }

        var workshop = await Store.GetActiveAsync(ConversationId, CancellationToken.None);
        WorkshopId = workshop?.Value.Id ?? throw new InvalidOperationException("The workshop was not stored.");
        return WorkshopId;
    }

    /// <summary>A message that @mentions the bot in the group chat.</summary>
    public Task<HttpResponseMessage> SayAsync(Person from, string text) => Bot.SendAsync(As(from, TeamsActivities.GroupMention(text, ConversationId)));

    /// <summary>The adaptiveCard/action invoke for a button on a card in this chat.</summary>
    public JsonObject Action(Person from, string verb, JsonObject data, string? activityId = null)
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

    public JsonObject Rating(Person from, string proposalId, string level, string evidence = "", string? activityId = null, int round = 1) =>
        Action(from, "rate", new JsonObject
        {
            ["workshopId"] = WorkshopId ?? throw new InvalidOperationException("Start the workshop first."),
            ["proposalId"] = proposalId,
            ["round"] = round,
            ["level"] = level,
            ["evidence"] = evidence,
            ["suggestedAction"] = string.Empty,
        }, activityId);

    /// <summary>Sends an invoke and returns the HTTP status and the card of the invoke response (null when there is none).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Card)> InvokeAsync(JsonObject invoke)
    {
        using var response = await Bot.SendAsync(invoke);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        return (response.StatusCode, body?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? body["value"] : null);
    }

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

    private static JsonObject As(Person person, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
        return activity;
    }

    public sealed record Person(string Id, string Name, string Email);
}
