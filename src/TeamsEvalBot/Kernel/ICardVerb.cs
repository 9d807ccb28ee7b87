using System.Text.Json.Nodes;

namespace TeamsEvalBot.Kernel;

/// <summary>Answers one card verb; the card it returns replaces the card for the person who pressed the button.</summary>
public interface ICardVerb
{
    Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken);
}
