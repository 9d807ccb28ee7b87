using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
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
    public async Task<ReconcileModel?> LoadAsync(string workshopId, string proposalId, CancellationToken cancellationToken) =>
        await WithEarlierRoundsAsync(await proposals.LoadAsync(workshopId, proposalId, cancellationToken), cancellationToken);

    /// <summary>The model as a reconcile card of that round showed it, or null when the round has not started.</summary>
    public async Task<ReconcileModel?> LoadRoundAsync(string workshopId, string proposalId, int round, CancellationToken cancellationToken) =>
        await WithEarlierRoundsAsync(await proposals.LoadRoundAsync(workshopId, proposalId, round, cancellationToken), cancellationToken);

    private async Task<ReconcileModel?> WithEarlierRoundsAsync(ProposalCardModel? current, CancellationToken cancellationToken)
    {
        if (current is null)
        {
            return null;
        }

        var (workshopId, proposalId) = (current.Workshop.Id, current.Proposal.Id);
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
