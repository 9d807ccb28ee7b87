using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Azurite plus a local identity server, for tests that run with authentication on.</summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    public const string AppId = "4f0c2a9e-6a7b-4b8e-9d1c-2e3f4a5b6c7d";

    public Azurite Azurite { get; private set; } = null!;

    public LocalIdentityServer Identity { get; private set; } = null!;

    public Dictionary<string, string?> Settings => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = LocalIdentityServer.TenantId,
        ["Bot:ClientSecret"] = "local-test-secret",
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = Identity.BotFrameworkMetadataUrl.ToString(),
        ["Bot:EntraAuthority"] = Identity.BaseUrl.ToString(),
    };

    /// <summary>MSAL's token calls to https://login.microsoftonline.com go to the local identity server.</summary>
    public void RedirectTokenRequests(IServiceCollection services) =>
        services.AddHttpClient(MsalTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(Identity.BaseUrl));

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartAsync();
        Identity = await LocalIdentityServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Identity.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityFixture>
{
    public const string Name = "Identity";
}
