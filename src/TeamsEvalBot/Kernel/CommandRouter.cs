using System.Diagnostics;
using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Finds the command a message starts with; the longest verb wins, so "post feature" beats "post".
/// A storage outage is answered with a message saying so, rather than a silent 500.
/// </summary>
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
                await ExecuteAsync(command, turn, text[command.Verb.Length..].Trim(), cancellationToken);
                return;
            }
        }

        LogUnknownCommand(logger, text.Length);
        await turn.SendCardAsync(ErrorCard.UnknownCommand(text, turn.IsGroupConversation), cancellationToken);
    }

    private async Task ExecuteAsync(IMessageCommand command, TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await command.ExecuteAsync(turn, arguments, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && StorageUnavailable.IsOutage(ex))
        {
            StorageUnavailable.CommandStopped(logger, ex, command.Verb, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            // Sent once: if the connector fails too, that failure ends the request as any other would.
            await turn.SendCardAsync(StorageUnavailableCard.ForCommand(turn.CommandPrefix), cancellationToken);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Unknown command ({Length} characters)")]
    private static partial void LogUnknownCommand(ILogger logger, int length);
}
