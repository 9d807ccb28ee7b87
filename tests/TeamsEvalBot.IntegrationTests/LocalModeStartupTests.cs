using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// Local mode (no app id) authenticates nobody, so it starts only where nobody else can reach it.
/// Each broken condition stops the host as it starts, with a reason that names it.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class LocalModeStartupTests(AzuriteFixture storage)
{
    // An Azure storage account as a connection string; the key is made up, and no request is made.
    private const string AzureAccount = "DefaultEndpointsProtocol=https;AccountName=teamsevalbotprod;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net";

    public static TheoryData<string, string, string> BrokenConditions => new()
    {
        { "environment", "Production", "runs only in the Development environment, not in 'Production'" },
        { "environment", "Staging", "runs only in the Development environment, not in 'Staging'" },
        { "Storage:ConnectionString", AzureAccount, "uses only Azurite or table storage on this machine (UseDevelopmentStorage=true, or a table endpoint on localhost or 127.0.0.1), not 'teamsevalbotprod.table.core.windows.net'" },
        { "Storage:TableEndpoint", "https://teamsevalbotprod.table.core.windows.net/", "not 'teamsevalbotprod.table.core.windows.net'" },
        { "FORWARDEDHEADERS_ENABLED", "true", "refuses ASPNETCORE_FORWARDEDHEADERS_ENABLED=true" },
        { "FORWARDEDHEADERS_ENABLED", "True", "refuses ASPNETCORE_FORWARDEDHEADERS_ENABLED=true" },
        { "urls", "http://0.0.0.0:3978", "listens on loopback only, not on 'http://0.0.0.0:3978'" },
        { "urls", "http://127.0.0.1:3978;http://*:3979", "listens on loopback only, not on 'http://*:3979'" },
        { "http_ports", "8080", "listens on loopback only, not on 'http://*:8080'" },
        { "Kestrel:Endpoints:Http:Url", "http://bot.example.net:3978", "listens on loopback only, not on 'http://bot.example.net:3978'" },
    };

    [Theory]
    [MemberData(nameof(BrokenConditions))]
    public void LocalMode_WithABrokenCondition_DoesNotStart_AndSaysWhy(string setting, string value, string reason)
    {
        using var bot = new BotApp(storage.Azurite.ConnectionString, new Dictionary<string, string?> { [setting] = value });

        var refusal = Assert.Throws<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains("Local mode (no Bot:AppId)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urls", "http://localhost:3978")]
    [InlineData("urls", "http://127.0.0.1:3978;http://[::1]:3978")]
    [InlineData("FORWARDEDHEADERS_ENABLED", "false")]
    public async Task LocalMode_OnADevelopersMachine_Starts(string setting, string value)
    {
        using var bot = new BotApp(storage.Azurite.ConnectionString, new Dictionary<string, string?> { [setting] = value });
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Degraded", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithAnAppId_ProductionSettingsStart_AndHealthzSaysHealthy()
    {
        using var bot = new BotApp(storage.Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["Bot:AppId"] = IdentityFixture.AppId,
            ["Bot:TenantId"] = LocalIdentityServer.TenantId,
            ["Bot:ClientSecret"] = "local-test-secret",
        });
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["authentication"]!["status"]!.GetValue<string>());
    }
}
