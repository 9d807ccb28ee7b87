using System.Text.Json.Nodes;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>Handles one card verb; the card it returns replaces the card for the person who acted.</summary>
public interface ICardAction
{
    string Verb { get; }

    Task<JsonObject> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken);
}
