namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Gives the bearer token for calls to the Bot Connector, or null in local mode.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local mode: the Playground's mock connector wants no token.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
