using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Protocol;

/// <summary>
/// The managed-identity path against a local App Service identity endpoint. Azure.Identity finds
/// that endpoint through process environment variables, so this class runs on its own.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ManagedIdentityTokenProviderTests
{
    [Fact]
    public async Task UserAssignedIdentity_GetsAConnectorTokenForItsClientId()
    {
        await using var identity = await LocalIdentityServer.StartAsync();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", new Uri(identity.BaseUrl, "msi/token").ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "local-identity-header");
        try
        {
            var options = Options.Create(new BotOptions { AppId = "6c1d0e2f-1111-4222-8333-444455556666", TenantId = LocalIdentityServer.TenantId, AppType = BotAppType.UserAssignedMSI });
            var provider = new ManagedIdentityTokenProvider(options);

            var token = await provider.GetTokenAsync(CancellationToken.None);

            Assert.Equal("local-managed-identity-token", token);
            var query = System.Web.HttpUtility.ParseQueryString(Assert.Single(identity.ManagedIdentityRequests));
            Assert.Equal("https://api.botframework.com", query["resource"]);
            Assert.Equal("6c1d0e2f-1111-4222-8333-444455556666", query["client_id"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
