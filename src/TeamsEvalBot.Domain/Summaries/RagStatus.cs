namespace TeamsEvalBot.Domain.Summaries;

/// <summary>The national progress update's red, amber and green, plus grey for a proposal not yet agreed.</summary>
public enum RagStatus
{
    Red,
    Amber,
    Green,
    Grey,
}

/// <summary>
/// Maps an agreed level to the national update's colours: Established or Exemplary is green (in place),
/// Partly established amber (progress, more to do), Not yet established red, no agreed level grey.
/// </summary>
public static class RagStatuses
{
    public static RagStatus Of(int? rank) => rank switch
    {
        null => RagStatus.Grey,
        0 => RagStatus.Red,
        1 => RagStatus.Amber,
        _ => RagStatus.Green,
    };

    /// <summary>The word the cards show, in the default text colour: Teams' amber and green fail contrast on white.</summary>
    public static string Word(this RagStatus status) => status switch
    {
        RagStatus.Red => "Red",
        RagStatus.Amber => "Amber",
        RagStatus.Green => "Green",
        _ => "Grey (pending)",
    };
}
