namespace TeamsEvalBot.Workshops.Commands;

/// <summary>Every command the bot understands. The help card and the README list exactly these.</summary>
public static class CommandCatalogue
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new("help", "Shows this list of commands.", CommandAudience.Everyone),
    ];
}
