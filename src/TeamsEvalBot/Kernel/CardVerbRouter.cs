using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// The adaptiveCard/action invoke (Universal Actions): routes Action.Execute by verb. Every action
/// answers within the storage answer budget: when storage is down or slow, with a card that says so.
/// </summary>
public sealed class CardVerbRouter(
    CardVerbHandlers verbs,
    IOptions<StorageOptions> storage,
    StorageRoundTrips roundTrips,
    ILogger<CardVerbRouter> logger) : IInvokeHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Value?["action"] as JsonObject;
        if (action?["type"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || action["type"]!.GetValue<string>() != "Action.Execute")
        {
            WorkshopLog.Refused(logger, turn.Activity.Name!, turn.PersonId, "not an Action.Execute");
            return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported.");
        }

        var verb = action["verb"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? action["verb"]!.GetValue<string>() : string.Empty;
        var data = action["data"] as JsonObject ?? [];
        if (verbs.Find(verb) is not { } handler)
        {
            WorkshopLog.Refused(logger, turn.Activity.Name!, turn.PersonId, "unknown verb");
            return InvokeResponse.Card(ErrorCard.Build(CardElements.Text("This button is not one I know."), "The card may be from an older version. Ask the facilitator to post it again."));
        }

        var started = Stopwatch.GetTimestamp();
        using var trace = roundTrips.Begin(verb);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(storage.Value.AnswerBudget);
        try
        {
            // WaitAsync as well as the token: the answer must not wait on a call that ignores cancellation.
            // The action gets its own copy of the data, as it may still be running when the answer is built.
            var card = await handler.ExecuteAsync(new CardVerbRequest(turn, verb, (JsonObject)data.DeepClone()), budget.Token).WaitAsync(budget.Token);
            return InvokeResponse.Card(card);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && (StorageUnavailable.IsOutage(ex) || (ex is OperationCanceledException && budget.IsCancellationRequested)))
        {
            StorageUnavailable.CardActionAnswered(logger, ex, verb, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return InvokeResponse.Card(StorageUnavailableCard.ForAction(verb, data));
        }
    }
}
