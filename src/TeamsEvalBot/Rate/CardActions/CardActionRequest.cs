using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Turns;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>One Action.Execute from a card: its verb and its data, with the card's inputs merged in.</summary>
public sealed partial record CardActionRequest(TurnContext Turn, string Verb, JsonObject Data)
{
    /// <summary>A value as text, whatever JSON type the client sent it as; null when absent or not a scalar.</summary>
    public string? Text(string name) => Data[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    public int? Number(string name) =>
        int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

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
