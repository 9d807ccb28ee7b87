using System.Diagnostics;
using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Finds the command a message starts with; the longest verb wins, so "post feature" beats "post".
/// A storage outage is answered with a message saying so, rather than a silent 500.
/// </summary>
public sealed partial class CommandRouter(RouteTable routes, IServiceProvider services, ILogger<CommandRouter> logger)
{
    private readonly (string Verb, IMessageCommand Handler)[] byLongestVerb =
        [.. routes.Commands.OrderByDescending(c => c.Verb.Length).Select(c => (c.Verb, (IMessageCommand)services.GetRequiredService(c.Handler)))];

    public async Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = Whitespace().Replace(turn.Text, " ").Trim();
        if (text.Length == 0)
        {
            // Action.Submit from a card arrives as a message with a value and no text; cards handle their own.
            return;
        }

        foreach (var (verb, command) in byLongestVerb)
        {
            if (text.Equals(verb, StringComparison.OrdinalIgnoreCase)
                || text.StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase))
            {
                await ExecuteAsync(command, new CommandRequest(turn, verb, text[verb.Length..].Trim()), cancellationToken);
                return;
            }
        }

        LogUnknownCommand(logger, text.Length);
        await turn.SendCardAsync(ErrorCard.UnknownCommand(text, turn.IsGroupConversation), cancellationToken);
    }

    private async Task ExecuteAsync(IMessageCommand command, CommandRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await command.ExecuteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && StorageUnavailable.IsOutage(ex))
        {
            StorageUnavailable.CommandStopped(logger, ex, request.Verb, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            // Sent once: if the connector fails too, that failure ends the request as any other would.
            await request.Turn.SendCardAsync(StorageUnavailableCard.ForCommand(request.Turn.CommandPrefix), cancellationToken);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Unknown command ({Length} characters)")]
    private static partial void LogUnknownCommand(ILogger logger, int length);
}
