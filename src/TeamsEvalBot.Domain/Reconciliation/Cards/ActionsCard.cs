using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Reconciliation.Cards;

/// <summary>One improvement action with where it belongs: the proposal and its position in that proposal's list.</summary>
public sealed record PlannedAction(string ProposalId, int Index, ImprovementAction Action);

/// <summary>A workshop's improvement actions, with overdue ones marked in words, and a way to change each status.</summary>
public static class ActionsCard
{
    public static JsonObject Build(string workshopId, IReadOnlyList<PlannedAction> actions, string filterDescription, DateOnly today, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var body = new List<JsonNode>
        {
            CardElements.Heading("Improvement actions"),
            CardElements.Text($"{filterDescription}: {(actions.Count == 1 ? "1 action" : $"{actions.Count} actions")}. Overdue means the due date has passed in UK time and the action is not done.", subtle: true),
        };
        if (notice is not null)
        {
            body.Add(CardElements.Text(notice));
        }

        foreach (var planned in actions)
        {
            var action = planned.Action;
            var key = $"{planned.ProposalId}-{planned.Index}";
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JsonArray(
                    InertText.Paragraph(InertText.Run($"Proposal {planned.ProposalId}: "), InertText.Typed(action.Action)),
                    InertText.Paragraph(
                        InertText.Run("Lead: "),
                        InertText.Typed(action.Lead),
                        InertText.Run($" · {action.Partner.DisplayName()} · Due: "),
                        InertText.Typed(action.Timescale.Text),
                        InertText.Run($" · {action.Status.DisplayName()}")),
                    action.IsOverdue(today)
                        ? new JsonObject { ["type"] = "TextBlock", ["text"] = "Overdue", ["weight"] = "Bolder", ["color"] = "Attention", ["wrap"] = true }
                        : CardElements.Text("Not overdue", subtle: true),
                    new JsonObject
                    {
                        ["type"] = "Input.ChoiceSet",
                        ["id"] = $"status-{key}",
                        ["label"] = $"New status for this action of proposal {planned.ProposalId}",
                        ["value"] = action.Status.ToString(),
                        ["choices"] = new JsonArray([.. Enum.GetValues<ActionStatus>().Select(s => (JsonNode)new JsonObject { ["title"] = s.DisplayName(), ["value"] = s.ToString() })]),
                    },
                    ProposalCardParts.ActionSet(ProposalCardParts.Execute("Update status", CardVerbs.ActionStatus, new JsonObject
                    {
                        ["workshopId"] = workshopId,
                        ["proposalId"] = planned.ProposalId,
                        ["index"] = planned.Index,
                    }))),
            });
        }

        return CardElements.Card(body);
    }
}
