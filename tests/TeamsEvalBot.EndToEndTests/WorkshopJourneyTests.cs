using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// A participant's journey as a person clicks it, in the Playground's group chat: start a workshop,
/// post 1.1, rate it on the card, let three colleagues rate (through custom activities), reveal,
/// and read the distribution on the card.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class WorkshopJourneyTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Workshop_RatedInTheCardAndByColleagues_RevealsTheDistribution()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.GroupChat);

        await playground.MentionBotAsync("start workshop Angus Health and Social Care Partnership");
        await playground.WaitForCardAsync("Self-evaluation workshop");
        await playground.MentionBotAsync("post 1.1");
        var proposal = await playground.WaitForCardAsync("Proposal 1.1");

        await proposal.GetByRole(AriaRole.Radio, new() { Name = "Established", Exact = true }).CheckAsync();
        await proposal.GetByLabel("Your evidence", new() { Exact = false }).FillAsync("The leadership programme is shared by the council and the NHS board.");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Rate", Exact = true }).ClickAsync();
        // The Playground draws the person's own view and then the updated shared card in the same
        // place, in either order; both say how many have rated.
        await playground.WaitForCardAsync("1 of 6 have rated.");
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("workshop-rated"));

        var conversationId = await fixture.Users.GroupChatIdAsync();
        var workshopId = await WorkshopIdAsync(conversationId);
        await RateAsAsync(conversationId, "Catriona Fraser", workshopId, "2", "Joint board development sessions run twice a year.");
        await RateAsAsync(conversationId, "Alasdair Duncan", workshopId, "1", "Shared practice is patchy outside the localities.");
        await RateAsAsync(conversationId, "Morag Petrie", workshopId, "3", "The third sector sits on every leadership group.");
        await WaitForRatingsAsync(workshopId, count: 4);

        await playground.MentionBotAsync("reveal 1.1");

        var revealed = await playground.WaitForCardAsync("Results revealed. 4 of 6 rated.");
        var text = await revealed.InnerTextAsync();
        Assert.Contains("Established: 2 of 4 (50%)", text, StringComparison.Ordinal);
        Assert.Contains("Partly established: 1 of 4 (25%)", text, StringComparison.Ordinal);
        Assert.Contains("Exemplary: 1 of 4 (25%)", text, StringComparison.Ordinal);
        Assert.Contains("Not yet established: 0 of 4 (0%)", text, StringComparison.Ordinal);
        Assert.Contains("No consensus", text, StringComparison.Ordinal);
        await revealed.Locator("text=Results").First.ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("workshop-revealed"));
    }

    private async Task RateAsAsync(string conversationId, string userName, string workshopId, string level, string evidence)
    {
        var activity = await fixture.Users.TemplateAsync(conversationId);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = await fixture.Users.FromAsync(userName);
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "rate",
                ["data"] = new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 1, ["level"] = level, ["evidence"] = evidence },
            },
        };
        await fixture.Users.SendAsync(activity);
    }

    private async Task<string> WorkshopIdAsync(string conversationId)
    {
        var pointer = await new TableClient(fixture.Azurite.ConnectionString, "Conversations").GetEntityAsync<TableEntity>(conversationId, "workshop");
        return pointer.Value.GetString("WorkshopId");
    }

    // The Playground forwards custom activities without waiting for the bot, so wait for the stored ratings.
    private async Task WaitForRatingsAsync(string workshopId, int count)
    {
        var table = new TableClient(fixture.Azurite.ConnectionString, "Workshops");
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {"rating|1.1|001|"} and RowKey lt {"rating|1.1|001}"}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
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
}
