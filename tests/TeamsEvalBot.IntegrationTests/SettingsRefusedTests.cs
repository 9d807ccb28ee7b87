using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// A facilitator's settings save refused for bad input gives the form back as they filled it in, so
/// they correct the one wrong field instead of entering everything again (WCAG 3.3.7, redundant entry).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class SettingsRefusedTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Settings_WithABadDomainLine_AreRefused_AndTheCardKeepsEveryChoice()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        var before = await workshop.SnapshotAsync();
        const string domains = "nhs.scot = NHS board\nvaa.org.uk is the third sector";

        var (status, card) = await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["anonymity"] = "anonymous",
            ["blind"] = "false",
            ["minimumGroupSize"] = "3",
            ["domains"] = domains,
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The settings were not saved.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("anonymous", Value(card, "anonymity").GetValue<string>());
        Assert.Equal("false", Value(card, "blind").GetValue<string>());
        Assert.Equal(3, Value(card, "minimumGroupSize").GetValue<int>());
        Assert.Equal(domains, Value(card, "domains").GetValue<string>());
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Settings_WithTheSmallestGroupOutOfRange_AreRefused_AndTheCardShowsTheNumberTyped()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["anonymity"] = "anonymous",
            ["blind"] = "true",
            ["minimumGroupSize"] = "60",
            ["domains"] = "vaa.org.uk = third sector",
        });

        Assert.Contains("The settings were not saved.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("anonymous", Value(card, "anonymity").GetValue<string>());
        Assert.Equal(60, Value(card, "minimumGroupSize").GetValue<int>());
        Assert.Equal("vaa.org.uk = third sector", Value(card, "domains").GetValue<string>());
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    // The value an input of the returned card starts with, by the input's id.
    private static JsonNode Value(JsonNode card, string inputId)
    {
        var input = Descendants(card).OfType<JsonObject>().Single(o => (string?)o["id"] == inputId && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        return input["value"] ?? throw new Xunit.Sdk.XunitException($"The input {inputId} has no value.");
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
