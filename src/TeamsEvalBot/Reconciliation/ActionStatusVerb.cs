using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>An action's lead, or a facilitator, changes its status from the actions card. The change is audited.</summary>
public sealed class ActionStatusVerb(
    WorkshopStore store,
    AgreedPositionStore positions,
    ImprovementActions actions,
    TimeProvider clock,
    ILogger<ActionStatusVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var workshop = await request.WorkshopAsync(store, cancellationToken);
        var stored = workshop is null ? null : await positions.GetAsync(workshop.Value.Id, request.ProposalId, cancellationToken);
        var index = request.Number("index") ?? -1;
        if (workshop is null || stored is null || index < 0 || index >= stored.Value.Actions.Count)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown action");
            return ErrorCard.Build(CardElements.Text("I cannot find that improvement action. Nothing was changed."), "Type actions to see the current list.");
        }

        var action = stored.Value.Actions[index];
        if (!WorkshopRoles.MayChangeActionStatus(workshop.Value, action, turn.PersonId, turn.Activity.From?.AadObjectId))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "not the lead or a facilitator");
            return ErrorCard.Build(CardElements.Text("Only the action's lead or a facilitator can change its status, so nothing was changed."), "Ask the lead or a facilitator to change it.");
        }

        if (!Enum.TryParse<ActionStatus>(request.Text($"status-{request.ProposalId}-{index}"), out var status) || !Enum.IsDefined(status))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown status");
            return await actions.CardAsync(workshop.Value.Id, ActionFilter.All, "Choose Planned, In progress or Done, then update again.", cancellationToken);
        }

        var changed = stored.Value with { Actions = [.. stored.Value.Actions.Select((a, i) => i == index ? a with { Status = status } : a)] };
        if (!await ConcurrentChanges.SavedAsync(() => positions.SaveAsync(workshop.Value.Id, stored.Value, changed, stored.ETag, new Person(turn.PersonId, turn.PersonName), clock.GetUtcNow(), cancellationToken), logger, workshop.Value.Id))
        {
            return await actions.CardAsync(workshop.Value.Id, ActionFilter.All, "Someone changed these actions at the same moment, so your change was not saved. These are the latest values.", cancellationToken);
        }

        return await actions.CardAsync(workshop.Value.Id, ActionFilter.All, $"Status updated to {status.DisplayName()}.", cancellationToken);
    }
}
