using System.Text.RegularExpressions;
using TeamsEvalBot.Turns;
using TeamsEvalBot.Workshops.Cards;

namespace TeamsEvalBot.Messages;

/// <summary>Finds the command a message starts with; the longest verb wins, so "post feature" beats "post".</summary>
public sealed partial class CommandRouter(IEnumerable<IMessageCommand> commands, ILogger<CommandRouter> logger)
{
    private readonly IMessageCommand[] byLongestVerb = [.. commands.OrderByDescending(c => c.Verb.Length)];

    public async Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = Whitespace().Replace(turn.Text, " ").Trim();
        if (text.Length == 0)
        {
            // Action.Submit from a card arrives as a message with a value and no text; cards handle their own.
            return;
        }

        foreach (var command in byLongestVerb)
        {
            if (text.Equals(command.Verb, StringComparison.OrdinalIgnoreCase)
                || text.StartsWith(command.Verb + " ", StringComparison.OrdinalIgnoreCase))
            {
                await command.ExecuteAsync(turn, text[command.Verb.Length..].Trim(), cancellationToken);
                return;
            }
        }

        LogUnknownCommand(logger, text.Length);
        await turn.SendCardAsync(ErrorCard.UnknownCommand(text, turn.IsGroupConversation), cancellationToken);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Unknown command ({Length} characters)")]
    private static partial void LogUnknownCommand(ILogger logger, int length);
}
