using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>Builds what the reconciliation card shows from storage: this round, the earlier rounds, and the agreed position.</summary>
public sealed class ReconcileLoader(ProposalCardLoader proposals, WorkshopStore store, AgreedPositionStore agreed)
{
    /// <summary>
    /// Null when the card's round of the proposal is revealed and still the current one; otherwise
    /// what to say. One point read, before any rating is read, so an old card never shows a round
    /// that has not been revealed.
    /// </summary>
    public async Task<string?> NotReconcilableAsync(string workshopId, string proposalId, int? cardRound, CancellationToken cancellationToken)
    {
        var progress = proposalId.Length == 0 ? null : await store.GetProgressAsync(workshopId, proposalId, cancellationToken);
        if (progress is null)
        {
            return "There is no revealed proposal on this card to reconcile.";
        }

        return !progress.Value.IsRevealed || (cardRound ?? progress.Value.Round) != progress.Value.Round
            ? $"A new round is open for this proposal, or this card is for an earlier one, so nothing was saved or shown. Round {progress.Value.Round} must be revealed first."
            : null;
    }

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
        var people = await store.GetMembersAsync(workshopId, cancellationToken);
        return new ReconcileModel(current, earlier, position?.Value, position?.ETag.ToString()) { People = people };
    }
}
