namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Bounded, jittered retries as the Teams rate-limit guidance asks.</summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "Connector:Retry";

    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited for: the send fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
