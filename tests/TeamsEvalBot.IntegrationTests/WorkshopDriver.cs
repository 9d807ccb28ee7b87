using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Plays a workshop in a group chat against the in-memory bot: people type commands and press card buttons.</summary>
public sealed class WorkshopDriver
{
    public WorkshopDriver(BotApp bot, int participants = 5)
    {
        Bot = bot;
        ConversationId = $"19:{Guid.NewGuid():N}@thread.v2";
        var domains = new[] { "nhs.scot", "angus.gov.uk", "angus.gov.uk", "nhs.scot", "vaa.org.uk", "carehomes.example.co.uk" };
        People = [.. Enumerable.Range(0, participants).Select(i => new Person($"29:person-{i}", $"Person {i}", $"person{i}@{domains[i % domains.Length]}"))];
        foreach (var person in People)
        {
            bot.Connector.Members.Add(new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["email"] = person.Email, ["userPrincipalName"] = person.Email });
        }
    }

    public BotApp Bot { get; }

    public string ConversationId { get; }

    public IReadOnlyList<Person> People { get; }

    public Person Facilitator => People[0];

    public WorkshopStore Store => Bot.Services.GetRequiredService<WorkshopStore>();

    public async Task<string> StartAsync(string partnership = "Angus Health and Social Care Partnership")
    {
        var response = await SayAsync(Facilitator, $"start workshop {partnership}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Store.GetActiveAsync(ConversationId, CancellationToken.None))!.Value.Id;
    }

    public Task<HttpResponseMessage> SayAsync(Person from, string text) => Bot.PostAsync(As(from, TeamsActivities.GroupMention(text, ConversationId)));

    public async Task<(HttpStatusCode Status, JsonNode Card)> ActAsync(Person from, string verb, JsonObject data, string? activityId = null)
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        });
        invoke["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = LocalIdentityServer.TenantId };
        if (activityId is not null)
        {
            invoke["id"] = activityId;
        }

        var response = await Bot.PostAsync(As(from, invoke));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var card = body["value"]!;
        await CardAssert.ValidAsync(card, $"the card answering '{verb}'");
        return (response.StatusCode, card);
    }

    public Task<(HttpStatusCode Status, JsonNode Card)> RateAsync(Person from, string workshopId, string proposalId, string level, string evidence = "", string suggestedAction = "", string? activityId = null) =>
        ActAsync(from, "rate", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["proposalId"] = proposalId,
            ["round"] = 1,
            ["level"] = level,
            ["evidence"] = evidence,
            ["suggestedAction"] = suggestedAction,
        }, activityId);

    /// <summary>
    /// This workshop's stored data (its partition and its conversation's rows), as text, to prove
    /// that something changed nothing. Other tests' data and the service's own bookkeeping
    /// (Timestamp, ETag, the shared cards' counts) are left out.
    /// </summary>
    public async Task<string> SnapshotAsync()
    {
        var tables = Bot.Services.GetRequiredService<TableStore>();
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
                if (StoredRow.IsCardCount(entity))
                {
                    continue;
                }

                rows.Add(StoredRow.Text(table, entity));
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
