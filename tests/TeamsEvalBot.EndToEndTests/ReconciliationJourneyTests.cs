using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// The facilitator's journey as a person clicks it, in a channel thread of the Playground: three
/// proposals rated by colleagues (through custom activities), revealed, one of them rated again in
/// round 2, and agreed positions with improvement actions saved, one of them on the card by hand.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class ReconciliationJourneyTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string Partnership = "Moray Health and Social Care Partnership";

    private static readonly string[] Colleagues = ["Catriona Fraser", "Alasdair Duncan", "Morag Petrie", "Graham Ogilvie"];

    [Fact]
    public async Task Workshop_ReratedInRoundTwo_AndAgreedWithActions()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.WorkshopChannel);
        await playground.MentionBotAsync("start workshop " + Partnership);
        var thread = PlaygroundPage.ThreadOf(await playground.WaitForCardAsync(Partnership));
        var workshop = await PlaygroundWorkshop.FindAsync(fixture, Partnership);
        foreach (var id in new[] { "1.1", "1.2", "1.3" })
        {
            await playground.ReplyMentioningBotAsync(thread, "post " + id);
            await playground.WaitForCardAsync("Proposal " + id);
        }

        int[][] levels = [[2, 2, 1, 2], [0, 3, 1, 2], [1, 1, 2, 1]];
        for (var p = 0; p < 3; p++)
        {
            for (var c = 0; c < Colleagues.Length; c++)
            {
                await RateAsAsync(workshop, Colleagues[c], $"1.{p + 1}", round: 1, levels[p][c]);
            }
        }

        foreach (var id in new[] { "1.1", "1.2", "1.3" })
        {
            await WaitForRatingsAsync(workshop, id, round: 1, count: 4);
            await playground.ReplyMentioningBotAsync(thread, "reveal " + id);
        }

        await playground.WaitForCardAsync("Proposal 1.3", without: "have rated");

        // 1.2 was far apart (spread 3): discuss, then rate again in round 2.
        await playground.ReplyMentioningBotAsync(thread, "revote 1.2");
        await playground.WaitForCardAsync("Round 2 of proposal 1.2 is open.");
        foreach (var colleague in Colleagues)
        {
            await RateAsAsync(workshop, colleague, "1.2", round: 2, level: 2);
        }

        await WaitForRatingsAsync(workshop, "1.2", round: 2, count: 4);
        await playground.ReplyMentioningBotAsync(thread, "reveal 1.2");
        await playground.ReplyMentioningBotAsync(thread, "reconcile 1.2");

        // The facilitator agrees 1.2 on the card, by hand. Each new kind of card is scanned by axe as drawn.
        var scans = new CardScans("reconciliation-journey", output);
        var reconcile = await playground.WaitForCardAsync("Reconcile proposal 1.2");
        await scans.ScanAsync(reconcile, "reconciliation card, round 2, before saving");
        Assert.Contains("How the ratings moved between rounds", await reconcile.InnerTextAsync(), StringComparison.Ordinal);
        await reconcile.GetByRole(AriaRole.Radio, new() { Name = "Established", Exact = true }).CheckAsync();
        await reconcile.GetByLabel("Rationale", new() { Exact = false }).FillAsync("After discussion every partner sees the IJB's plans shared and acted on.");
        await reconcile.GetByLabel("Action 1: what will be done").FillAsync("Publish a joint workforce plan");
        // The lead is a person, chosen with the people picker: type part of the name, then pick them.
        await reconcile.GetByRole(AriaRole.Combobox, new() { Name = "People Picker" }).First.FillAsync("Alasdair");
        await playground.Page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Alasdair Duncan" }).First.ClickAsync();
        await reconcile.GetByRole(AriaRole.Combobox, new() { Name = "Action 1: partner organisation" }).ClickAsync();
        await playground.Page.GetByRole(AriaRole.Option, new() { Name = "Local authority", Exact = true }).ClickAsync();
        await reconcile.GetByLabel("Action 1: timescale").FillAsync("31/03/2027");
        await reconcile.GetByRole(AriaRole.Button, new() { Name = "Save agreed position", Exact = true }).ClickAsync();
        var saved = await playground.WaitForCardAsync("Saved. The agreed position is recorded");
        await scans.ScanAsync(saved, "reconciliation card, saved");
        var action = Assert.Single((await fixture.AgreedAsync(workshop.Id, "1.2"))!.Actions);
        Assert.Equal("Alasdair Duncan", action.Lead);
        Assert.False(string.IsNullOrEmpty(action.LeadId), "The lead was chosen as a person, so it is kept by id.");
        await scans.ScanAsync(await playground.WaitForCardAsync("Proposal 1.2: position agreed"), "agreed card");

        // 1.1 and 1.3 are agreed through the same card action, sent as the facilitator.
        await AgreeAsAsync(workshop, "1.1", level: 2, "Leadership is shared across the partners.", "Run joint leadership sessions", "Catriona Fraser", "NhsBoard", "Ongoing");
        await AgreeAsAsync(workshop, "1.3", level: 1, "Third sector engagement is growing but uneven.", "Bring the third sector into every locality group", "Morag Petrie", "ThirdSector", "December 2027");
        await playground.WaitForCardAsync("Proposal 1.3: position agreed");

        var agreed = await AgreedAsync(workshop);
        Assert.Equal(["1.1", "1.2", "1.3"], agreed.Keys.Order());
        Assert.Equal(2, agreed["1.2"]["round"]!.GetValue<int>());
        Assert.Equal(2, agreed["1.2"]["levelRank"]!.GetValue<int>());
        Assert.Equal("Publish a joint workforce plan", agreed["1.2"]["actions"]![0]!["action"]!.GetValue<string>());
        Assert.Equal("LocalAuthority", agreed["1.2"]["actions"]![0]!["partner"]!.GetValue<string>());
        Assert.All(agreed.Values, position => Assert.Single(position["actions"]!.AsArray()));

        await saved.GetByText("How the ratings moved between rounds").ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("reconciliation-saved"));
        var agreedCard = await playground.WaitForCardAsync("Proposal 1.2: position agreed");
        await agreedCard.ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("reconciliation-agreed"));

        // A chief officer's view: the summary in the personal chat shows the agreed levels.
        await playground.ChooseConversationAsync(PlaygroundPage.PersonalChat);
        await playground.SendAsync("summary " + Partnership);
        var summary = await playground.WaitForCardAsync("Self-evaluation summary");
        var text = await summary.InnerTextAsync();
        Assert.Contains("1.1 Established", text, StringComparison.Ordinal);
        Assert.Contains("1.2 Established", text, StringComparison.Ordinal);
        Assert.Contains("1.3 Partly established", text, StringComparison.Ordinal);
        await scans.ScanAsync(summary, "summary card");
        await playground.SendAsync("summary 1.2 " + Partnership);
        await scans.ScanAsync(await playground.WaitForCardAsync("Proposal 1.2", without: "Reconcile"), "summary card, one proposal");
        scans.AssertNoSeriousFindings();
        await summary.GetByText("Self-evaluation summary").ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("summary-personal"));
    }

    private async Task RateAsAsync(PlaygroundWorkshop workshop, string userName, string proposalId, int round, int level) =>
        await SendInvokeAsAsync(workshop, userName, "rate", new JsonObject
        {
            ["workshopId"] = workshop.Id,
            ["proposalId"] = proposalId,
            ["round"] = round,
            ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["evidence"] = $"{userName} on {proposalId}, round {round}",
        });

    private async Task AgreeAsAsync(PlaygroundWorkshop workshop, string proposalId, int level, string rationale, string action, string lead, string partner, string timescale) =>
        await SendInvokeAsAsync(workshop, "Eilidh Robertson", "agree", new JsonObject
        {
            ["workshopId"] = workshop.Id,
            ["proposalId"] = proposalId,
            ["round"] = 1,
            ["version"] = "",
            ["slots"] = 1,
            ["agreedLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["rationale"] = rationale,
            ["action1"] = action,
            ["lead1"] = lead,
            ["partner1"] = partner,
            ["timescale1"] = timescale,
            ["status1"] = "Planned",
        });

    private async Task SendInvokeAsAsync(PlaygroundWorkshop workshop, string userName, string verb, JsonObject data)
    {
        var separator = workshop.ConversationId.IndexOf(';', StringComparison.Ordinal);
        var activity = await fixture.Users.TemplateAsync(separator < 0 ? workshop.ConversationId : workshop.ConversationId[..separator]);
        activity["conversation"]!["id"] = workshop.ConversationId;
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = await fixture.Users.FromAsync(userName);
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        await fixture.Users.SendAsync(activity);
    }

    // The Playground forwards custom activities without waiting for the bot, so wait for what they store.
    private async Task WaitForRatingsAsync(PlaygroundWorkshop workshop, string proposalId, int round, int count)
    {
        var prefix = $"rating|{proposalId}|{round:D3}|";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await CountAsync(workshop, prefix, timeout.Token) < count)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    private async Task<Dictionary<string, JsonNode>> AgreedAsync(PlaygroundWorkshop workshop)
    {
        var table = new TableClient(fixture.Azurite.ConnectionString, "Workshops");
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshop.Id} and RowKey ge {"agreed|"} and RowKey lt {"agreed}"}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = new Dictionary<string, JsonNode>();
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: timeout.Token))
            {
                found[entity.RowKey["agreed|".Length..]] = JsonNode.Parse(entity.GetString("Position"))!;
            }

            if (found.Count >= 3)
            {
                return found;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private async Task<int> CountAsync(PlaygroundWorkshop workshop, string prefix, CancellationToken cancellationToken)
    {
        var table = new TableClient(fixture.Azurite.ConnectionString, "Workshops");
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshop.Id} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }
}
