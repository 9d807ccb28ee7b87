using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Reconciliation.Cards;

/// <summary>The short card posted in the conversation when a position is agreed or revised.</summary>
public static class AgreedCard
{
    public static JsonObject Build(Framework framework, AgreedPosition agreed, bool revised)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(agreed);
        var body = new List<JsonNode>
        {
            CardElements.Heading($"Proposal {agreed.ProposalId}: {(revised ? "agreed position revised" : "position agreed")}"),
            CardElements.Text($"The partners agreed: {framework.Levels[agreed.LevelRank].Name}."),
            InertText.Paragraph(InertText.Run("Rationale: "), InertText.Typed(agreed.Rationale)),
        };
        if (!string.IsNullOrWhiteSpace(agreed.Dissent))
        {
            body.Add(InertText.Paragraph(InertText.Run("Dissent: "), InertText.Typed(agreed.Dissent)));
        }

        body.Add(CardElements.Text(agreed.Actions.Count switch
        {
            0 => "No improvement actions were recorded.",
            1 => "1 improvement action was recorded.",
            var n => $"{n} improvement actions were recorded.",
        }));
        body.Add(InertText.Paragraph(InertText.Run("Recorded by "), InertText.Typed(agreed.AgreedBy.Name), InertText.Run($" in round {agreed.Round}.")));
        return CardElements.Card(body);
    }
}
