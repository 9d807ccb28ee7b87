namespace TeamsEvalBot.Domain.Commands;

/// <summary>Who a command is for, as the help card groups them.</summary>
public enum CommandAudience
{
    Everyone,
    Facilitators,
    ChiefOfficers,
}

/// <summary>One command as people type it, and what it does in plain words.</summary>
public sealed record CommandInfo(string Usage, string Description, CommandAudience Audience);
