namespace TeamsEvalBot.Storage;

/// <summary>Where the tables live. Bound from the "Storage" section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A connection string; the default is local Azurite on 127.0.0.1:10002.</summary>
    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>In Azure: the account's table endpoint, used with a managed identity instead of a connection string.</summary>
    public Uri? TableEndpoint { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long one storage call may take, retries included, so an invoke still answers inside Teams' limit.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
