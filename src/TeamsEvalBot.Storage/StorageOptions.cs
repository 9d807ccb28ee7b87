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

    /// <summary>
    /// How long one try of a storage call may wait for an answer. A call makes at most two tries,
    /// 0.2 s apart, so it ends inside <see cref="AnswerBudget"/>: 2 × 1.8 s + 0.2 s ≈ 3.8 s.
    /// </summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(1.8);

    /// <summary>
    /// How long a card button may take before the bot answers that the records are out of reach.
    /// Teams gives an invoke about 5 s; this leaves room for the network on both sides.
    /// </summary>
    public TimeSpan AnswerBudget { get; set; } = TimeSpan.FromSeconds(4);
}
