using System.Diagnostics;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Clients without Universal Actions send our Action.Submit fallback as a message with a value.
/// The action runs the same way; the answer card is private, so it is shown only in a 1:1 chat.
/// </summary>
public sealed class SubmitFallback(CardVerbHandlers verbs, ILogger<SubmitFallback> logger)
{
    public static bool Applies(TurnContext turn) =>
        turn.Text.Length == 0 && turn.Activity.Value is JsonObject value && value["verb"] is JsonValue;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var data = (JsonObject)turn.Activity.Value!.DeepClone();
        var verb = data["verb"]!.ToString();
        if (verbs.Find(verb) is not { } action)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        JsonObject answer;
        try
        {
            answer = await action.ExecuteAsync(new CardVerbRequest(turn, verb, data), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && StorageUnavailable.IsOutage(ex))
        {
            StorageUnavailable.CardActionAnswered(logger, ex, verb, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            // The retry button carries the person's level and evidence, so the group gets the news without it.
            data.Remove("verb");
            await turn.SendCardAsync(turn.IsGroupConversation ? StorageUnavailableCard.ForGroupSubmit() : StorageUnavailableCard.ForAction(verb, data), cancellationToken);
            return;
        }

        await turn.SendCardAsync(
            turn.IsGroupConversation
                ? CardElements.Card([CardElements.Text("I received your answer. This version of Teams cannot show your own view of the card here, so update Teams or open the card again.")])
                : answer,
            cancellationToken);
    }
}
