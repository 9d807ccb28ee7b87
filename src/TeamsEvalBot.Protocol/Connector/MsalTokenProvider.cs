using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// Client-credentials tokens from the bot's own tenant (single-tenant authority). MSAL caches
/// the token and renews it before it expires.
/// </summary>
public sealed class MsalTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "Msal";

    private readonly IConfidentialClientApplication app;
    private readonly string[] scopes;

    public MsalTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory)
    {
        var bot = options.Value;
        scopes = [bot.ConnectorScope];
        app = ConfidentialClientApplicationBuilder.Create(bot.AppId)
            .WithClientSecret(bot.ClientSecret)
            .WithAuthority(new Uri(bot.TokenAuthority, bot.TenantId).ToString())
            .WithHttpClientFactory(new MsalHttpClients(httpClientFactory))
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await app.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    // MSAL's HTTP goes through HttpClientFactory like everything else, so it can be observed and tested.
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
