using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Tokens for a bot whose identity is a user-assigned managed identity: no secret exists.</summary>
public sealed class ManagedIdentityTokenProvider(IOptions<BotOptions> options) : IConnectorTokenProvider
{
    private readonly ManagedIdentityCredential credential =
        new(ManagedIdentityId.FromUserAssignedClientId(options.Value.ManagedIdentityClientId ?? options.Value.AppId));

    private readonly TokenRequestContext request = new([options.Value.ConnectorScope]);

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(request, cancellationToken);
        return token.Token;
    }
}
