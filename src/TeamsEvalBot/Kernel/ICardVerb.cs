using System.Text.Json.Nodes;

namespace TeamsEvalBot.Kernel;

/// <summary>Handles one card verb; the card it returns replaces the card for the person who acted.</summary>
public interface ICardVerb
{
    string Verb { get; }

    Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken);
}
