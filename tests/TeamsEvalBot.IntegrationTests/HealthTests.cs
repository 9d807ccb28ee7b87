using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_WhenStorageHasGone_Reports503AndWhichPartIsDown()
    {
        var azurite = await Azurite.StartAsync();
        using var bot = new BotApp(azurite.ConnectionString);
        using var client = bot.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await azurite.DisposeAsync();
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", body["checks"]!["table-storage"]!["status"]!.GetValue<string>());
    }
}
