using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>A workshop's improvement actions, gathered from its agreed positions, as a card.</summary>
public sealed class ImprovementActions(AgreedPositionStore positions, TimeProvider clock)
{
    public async Task<JsonObject> CardAsync(string workshopId, ActionFilter filter, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = UkTime.Today(clock);
        var all = (await positions.GetAllAsync(workshopId, cancellationToken))
            .OrderBy(p => p.ProposalId, StringComparer.Ordinal)
            .SelectMany(p => p.Actions.Select((a, i) => new PlannedAction(p.ProposalId, i, a)))
            .Where(a => filter.Matches(a.Action, today))
            .ToList();
        return ActionsCard.Build(workshopId, all, filter.Description, today, notice);
    }
}
