using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>The "Agreed positions" messaging extension (composeExtension/query) on a real Azurite: the answer's shape, and who finds what.</summary>
[Collection(StorageCollection.Name)]
public sealed class SearchExtensionTests(AzuriteFixture storage) : IDisposable
{
    /// <summary>Teams' limit for one message-extension result card.</summary>
    private const int MaxResultCardBytes = 28 * 1024;

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Search_ByProposalIdAndPartnership_AnswersWithValidResultCardsAndThumbnailPreviews()
    {
        var (workshop, token, partnership) = await AgreedAsync();

        var (status, body) = await SearchAsync(workshop.Facilitator, $"1.1 {token}");

        Assert.Equal(HttpStatusCode.OK, status);
        var extension = body["composeExtension"]!;
        Assert.Equal("result", extension["type"]!.GetValue<string>());
        Assert.Equal("list", extension["attachmentLayout"]!.GetValue<string>());
        var attachment = Assert.Single(extension["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        await CardAssert.ValidAsync(card, "search result card");
        Assert.True(card.Wire().Length * 2 <= MaxResultCardBytes, $"The result card is {card.Wire().Length * 2} bytes.");
        Assert.Contains("Proposal 1.1: Established", card.Wire(), StringComparison.Ordinal);
        Assert.Contains("The programme is joint.", card.Wire(), StringComparison.Ordinal);
        Assert.Contains("1 improvement action, 1 overdue.", card.Wire(), StringComparison.Ordinal);
        var preview = attachment["preview"]!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", preview["contentType"]!.GetValue<string>());
        Assert.Equal("1.1 Established", preview["content"]!["title"]!.GetValue<string>());
        Assert.StartsWith(partnership, preview["content"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByWords_FindsThePartnershipsPositions_NewestWorkshopFirst_UpToTheCount()
    {
        var partnership = SummarySteps.NewPartnership(out var token);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var firstId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(firstId, "1");
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        var secondId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(secondId, "3");

        var (_, all) = await SearchAsync(workshop.People[2], $"{token.ToLowerInvariant()} leadership");
        var (_, one) = await SearchAsync(workshop.People[2], token, count: 1);
        var (_, none) = await SearchAsync(workshop.People[2], $"{token} budgets");

        Assert.Equal(["1.1 Exemplary", "1.1 Partly established"], Titles(all));
        Assert.Equal(["1.1 Exemplary"], Titles(one));
        Assert.Empty(Titles(none));
        foreach (var attachment in all["composeExtension"]!["attachments"]!.AsArray())
        {
            await CardAssert.ValidAsync(attachment!["content"]!, "search result card");
        }
    }

    [Fact]
    public async Task Search_ByAStranger_ReturnsNothingOfAWorkshopTheyMayNotRead()
    {
        var (_, token, _) = await AgreedAsync();
        var stranger = SummarySteps.Stranger();

        var (status, byWords) = await SearchAsync(stranger, token);
        var (_, byId) = await SearchAsync(stranger, "1.1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("result", byWords["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Empty(byWords["composeExtension"]!["attachments"]!.AsArray());
        Assert.Empty(byId["composeExtension"]!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task Search_BySomeoneTheSummariesWereSharedWith_FindsThePositions()
    {
        var (workshop, token, _) = await AgreedAsync();
        var chief = SummarySteps.Stranger();
        await workshop.SayAboutAsync(workshop.Facilitator, "share summaries with", chief);

        var (_, body) = await SearchAsync(chief, $"{token} 1.1");

        Assert.Equal(["1.1 Established"], Titles(body));
    }

    [Theory]
    [InlineData("searchAgreedPositions", "   ", "Type a proposal number")]
    [InlineData("somethingElse", "1.1", "I do not know that search.")]
    public async Task Search_WithNoQueryOrAnotherCommand_AnswersWithAShortMessage(string commandId, string query, string expected)
    {
        var (status, body) = await SearchAsync(SummarySteps.Stranger(), query, commandId: commandId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("message", body["composeExtension"]!["type"]!.GetValue<string>());
        Assert.StartsWith(expected, body["composeExtension"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Titles(JsonNode body) =>
        [.. body["composeExtension"]!["attachments"]!.AsArray().Select(a => a!["preview"]!["content"]!["title"]!.GetValue<string>())];

    private async Task<(HttpStatusCode Status, JsonNode Body)> SearchAsync(WorkshopDriver.Person from, string query, int count = 25, string commandId = "searchAgreedPositions")
    {
        var invoke = TeamsActivities.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = query }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = count },
        }, $"a:{Guid.NewGuid():N}");
        invoke["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
        var response = await bot.PostAsync(invoke);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<(WorkshopDriver<BotApp> Workshop, string Token, string Partnership)> AgreedAsync()
    {
        var partnership = SummarySteps.NewPartnership(out var token);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        return (workshop, token, partnership);
    }
}
