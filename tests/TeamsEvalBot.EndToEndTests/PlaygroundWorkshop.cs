using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// A workshop started through the Playground, found in table storage by its partnership name. Tests
/// that start workshops in a channel give each one its own partnership name, so they never meet.
/// Other people act on it through the Playground's custom activities.
/// </summary>
public sealed record PlaygroundWorkshop(string Id, string ConversationId, PlaygroundFixture Fixture)
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(20);

    public static async Task<PlaygroundWorkshop> FindAsync(PlaygroundFixture fixture, string partnership)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var table = new TableClient(fixture.Azurite.ConnectionString, "Workshops");
        var filter = TableClient.CreateQueryFilter($"RowKey eq {"workshop"} and Partnership eq {partnership}");
        var found = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter))
        {
            found.Add(entity);
        }

        // The bot stores the workshop before it sends the workshop card, so it is there once the card shows.
        return found.Count == 1
            ? new PlaygroundWorkshop(found[0].PartitionKey, found[0].GetString("ConversationId"), fixture)
            : throw new InvalidOperationException($"Expected one workshop for {partnership}, found {found.Count}. Give each test its own partnership name.");
    }

    /// <summary>Someone in scripts/playground.yml rates a proposal on its card (an adaptiveCard/action invoke).</summary>
    public Task RateAsAsync(string userName, string proposalId, int level, string evidence) =>
        PressAsAsync(userName, "rate", new JsonObject { ["workshopId"] = Id, ["proposalId"] = proposalId, ["round"] = 1, ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture), ["evidence"] = evidence });

    /// <summary>A facilitator saves an agreed position with one improvement action, as the reconciliation card's Save sends it.</summary>
    public Task AgreeAsAsync(string userName, string proposalId, int level, string rationale, (string What, string Lead, string Partner, string Timescale) action) =>
        PressAsAsync(userName, "agree", new JsonObject
        {
            ["workshopId"] = Id,
            ["proposalId"] = proposalId,
            ["round"] = 1,
            ["version"] = string.Empty,
            ["slots"] = 1,
            ["agreedLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["rationale"] = rationale,
            ["action1"] = action.What,
            ["lead1"] = action.Lead,
            ["partner1"] = action.Partner,
            ["timescale1"] = action.Timescale,
            ["status1"] = "Planned",
        });

    /// <summary>Someone presses a card button: the adaptiveCard/action invoke with the button's verb and data.</summary>
    private async Task PressAsAsync(string userName, string verb, JsonObject data)
    {
        var activity = await TemplateAsync();
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = await Fixture.Users.FromAsync(userName);
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        };
        await Fixture.Users.SendAsync(activity);
    }

    /// <summary>Someone in scripts/playground.yml sends "@TeamsEvalBot {text}" in the workshop's conversation.</summary>
    public async Task SendAsAsync(string userName, string text)
    {
        var config = await Fixture.Users.ConfigAsync();
        var bot = config["bot"]!;
        var mention = $"<at>{bot["name"]}</at>";
        var activity = await TemplateAsync();
        activity["type"] = "message";
        activity["from"] = await Fixture.Users.FromAsync(userName);
        activity["locale"] = "en-GB";
        activity["text"] = $"{mention} {text}";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = bot["id"]!.DeepClone(), ["name"] = bot["name"]!.DeepClone() },
        });
        await Fixture.Users.SendAsync(activity);
    }

    /// <summary>The Playground forwards custom activities without waiting for the bot: wait until the ratings are stored.</summary>
    public async Task WaitForRatingsAsync(string proposalId, int count)
    {
        var table = new TableClient(Fixture.Azurite.ConnectionString, "Workshops");
        var prefix = $"rating|{proposalId}|001|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Id} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        using var timeout = new CancellationTokenSource(StorageTimeout);
        while (true)
        {
            var stored = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(filter, cancellationToken: timeout.Token))
            {
                stored++;
            }

            if (stored >= count)
            {
                return;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    // The Playground only makes templates for the conversations in its config; a channel thread is
    // the channel's id plus ";messageid=…", so the template is the channel's with the thread's id.
    private async Task<JsonObject> TemplateAsync()
    {
        var separator = ConversationId.IndexOf(';', StringComparison.Ordinal);
        var activity = await Fixture.Users.TemplateAsync(separator < 0 ? ConversationId : ConversationId[..separator]);
        activity["conversation"]!["id"] = ConversationId;
        return activity;
    }
}
