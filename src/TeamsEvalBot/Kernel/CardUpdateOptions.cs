namespace TeamsEvalBot.Kernel;

/// <summary>How often the shared card of one proposal may be updated while ratings come in.</summary>
public sealed class CardUpdateOptions
{
    public const string Section = "CardUpdates";

    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromSeconds(5);
}
