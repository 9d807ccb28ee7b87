using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>Builds what the reconciliation card shows from storage: this round, the earlier rounds, and the agreed position.</summary>
public sealed class ReconcileLoader(ProposalCardLoader proposals, WorkshopStore store, AgreedPositionStore agreed)
{
    /// <summary>The model, or null when the proposal is not posted in the workshop.</summary>
    public async Task<ReconcileModel?> LoadAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var current = await proposals.LoadAsync(workshopId, proposalId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var earlier = new List<(int, Tally)>();
        for (var round = 1; round < current.Progress.Round; round++)
        {
            var ratings = await store.GetRatingsAsync(workshopId, proposalId, round, cancellationToken);
            earlier.Add((round, TallyCalculator.Compute(ratings, current.Framework.Levels.Count, current.Workshop.Settings.MinimumGroupSize)));
        }

        var position = await agreed.GetAsync(workshopId, proposalId, cancellationToken);
        return new ReconcileModel(current, earlier, position?.Value, position?.ETag.ToString());
    }
}
