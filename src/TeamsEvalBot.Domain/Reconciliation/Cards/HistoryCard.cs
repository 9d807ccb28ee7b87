using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Reconciliation.Cards;

/// <summary>The audit trail of a proposal's agreed position: who saved what, and when.</summary>
public static class HistoryCard
{
    public static JsonObject Build(Framework framework, string proposalId, IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(entries);
        var body = new List<JsonNode> { CardElements.Heading($"History of proposal {proposalId}") };
        if (entries.Count == 0)
        {
            body.Add(CardElements.Text("No agreed position has been saved for this proposal yet."));
            return CardElements.Card(body);
        }

        foreach (var entry in entries)
        {
            body.Add(InertText.Paragraph(InertText.Run($"{entry.At:d MMMM yyyy, HH:mm} (UTC): "), InertText.Typed(entry.By.Name)));
            var changes = Changes(framework, entry.Before, entry.After).ToList();
            foreach (var change in changes.Count > 0 ? changes : ["Saved again with no change."])
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = change, ["wrap"] = true, ["spacing"] = "None" });
            }
        }

        return CardElements.Card(body);
    }

    private static IEnumerable<string> Changes(Framework framework, AgreedPosition? before, AgreedPosition after)
    {
        var level = framework.Levels[after.LevelRank].Name;
        if (before is null)
        {
            yield return $"First agreed: {level}, with {(after.Actions.Count == 1 ? "1 improvement action" : $"{after.Actions.Count} improvement actions")}, in round {after.Round}.";
            yield break;
        }

        if (before.LevelRank != after.LevelRank)
        {
            yield return $"Level changed from {framework.Levels[before.LevelRank].Name} to {level}.";
        }

        if (before.Rationale != after.Rationale)
        {
            yield return "Rationale changed.";
        }

        if (before.Dissent != after.Dissent)
        {
            yield return "Dissent changed.";
        }

        if (!before.Actions.SequenceEqual(after.Actions))
        {
            yield return $"Improvement actions changed: {before.Actions.Count} before, {after.Actions.Count} after.";
        }
    }
}
