using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>One Action.Execute from a card: its verb and its data, with the card's inputs merged in.</summary>
public sealed partial record CardVerbRequest(TurnContext Turn, string Verb, JsonObject Data)
{
    /// <summary>
    /// An input's value. Teams sends every card input as a string, so any other JSON type is a
    /// forged or broken request and reads as absent (null).
    /// </summary>
    public string? Text(string name) =>
        Data[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A whole number: from the bot's own card data (a JSON number) or from an input (a string of digits).</summary>
    public int? Number(string name) => Data[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && int.TryParse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public string WorkshopId => Text("workshopId") ?? string.Empty;

    public string ProposalId => Text("proposalId") ?? string.Empty;

    /// <summary>
    /// The workshop the card names, if it exists and belongs to this conversation; a card copied
    /// into another chat must not reach a workshop there.
    /// </summary>
    public async Task<Stored<Workshop>?> WorkshopAsync(WorkshopStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var workshop = WorkshopIdShape().IsMatch(WorkshopId) ? await store.GetAsync(WorkshopId, cancellationToken) : null;
        return workshop?.Value.ConversationId == Turn.Activity.Conversation?.Id ? workshop : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}$")]
    internal static partial System.Text.RegularExpressions.Regex WorkshopIdShape();
}
