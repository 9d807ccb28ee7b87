using System.Net.Http.Headers;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Adds the connector bearer token, fetched fresh for each attempt so that retries never reuse a stale one.</summary>
public sealed class ConnectorAuthHandler(IConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
