using System.Text.Json.Nodes;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Turns;
using TeamsEvalBot.Workshops.Cards;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>The adaptiveCard/action invoke (Universal Actions): routes Action.Execute by verb.</summary>
public sealed class AdaptiveCardActionHandler(IEnumerable<ICardAction> actions, ILogger<AdaptiveCardActionHandler> logger) : IInvokeHandler
{
    private readonly Dictionary<string, ICardAction> byVerb = actions.ToDictionary(a => a.Verb, StringComparer.OrdinalIgnoreCase);

    public string InvokeName => "adaptiveCard/action";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Value?["action"] as JsonObject;
        if (action?["type"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
            || action["type"]!.GetValue<string>() != "Action.Execute")
        {
            WorkshopLog.Refused(logger, InvokeName, turn.PersonId, "not an Action.Execute");
            return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported.");
        }

        var verb = action["verb"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? action["verb"]!.GetValue<string>() : string.Empty;
        var data = action["data"] as JsonObject ?? [];
        if (!byVerb.TryGetValue(verb, out var handler))
        {
            WorkshopLog.Refused(logger, InvokeName, turn.PersonId, "unknown verb");
            return InvokeResponse.Card(ErrorCard.Build(CardElements.Text("This button is not one I know."), "The card may be from an older version. Ask the facilitator to post it again."));
        }

        return InvokeResponse.Card(await handler.ExecuteAsync(new CardActionRequest(turn, verb, data), cancellationToken));
    }
}
