using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>Reads what a summary shows from storage. Every read is a point read or one range query of a partition.</summary>
public sealed class SummaryLoader(
    WorkshopStore store,
    AgreedPositionStore positions,
    SummaryStore summaries,
    WorkshopFinder finder,
    FrameworkCatalogue frameworks,
    TimeProvider clock)
{
    public async Task<WorkshopSummary> SummaryAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var agreed = await positions.GetAllAsync(workshop.Id, cancellationToken);

        // Reading every rating of a 200-person workshop is the slow part; agreed positions record what the summary needs.
        var ratings = SummaryCalculator.NeedsRatings(agreed)
            ? await RatingsAsync(workshop.Id, proposalId: null, cancellationToken)
            : new Dictionary<ProposalRound, IReadOnlyList<TeamsEvalBot.Domain.Rating.RatingEntry>>();
        var previous = await PreviousAsync(workshop, cancellationToken);
        return SummaryCalculator.Summarise(frameworks.For(workshop), workshop, agreed, ratings, previous, UkTime.Today(clock));
    }

    public async Task<ProposalDetail> DetailAsync(Workshop workshop, Proposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(proposal);
        var agreed = await positions.GetAsync(workshop.Id, proposal.Id, cancellationToken);
        var progress = await store.GetProgressAsync(workshop.Id, proposal.Id, cancellationToken);
        var ratings = await RatingsAsync(workshop.Id, proposal.Id, cancellationToken);
        var previous = agreed is null ? null : await PreviousAsync(workshop, cancellationToken);
        return ProposalDetail.Build(frameworks.For(workshop), workshop, proposal, agreed?.Value, progress?.Value, ratings, previous, UkTime.Today(clock));
    }

    /// <summary>Agreement across the workshop, by the same rule as the export.</summary>
    public async Task<WorkshopAgreement> AgreementAsync(Workshop workshop, CancellationToken cancellationToken) =>
        (await ResultsAsync(workshop, cancellationToken)).Agreement;

    /// <summary>Every agreed position and rating of the workshop, and the agreement across it: what the exports show.</summary>
    public async Task<WorkshopResults> ResultsAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var agreed = (await positions.GetAllAsync(workshop.Id, cancellationToken)).ToDictionary(p => p.ProposalId, StringComparer.OrdinalIgnoreCase);
        var progress = await store.GetAllProgressAsync(workshop.Id, cancellationToken);
        var ratings = await RatingsAsync(workshop.Id, proposalId: null, cancellationToken);
        return new WorkshopResults(agreed, ratings, WorkshopAgreement.Of(frameworks.For(workshop), agreed, progress, ratings));
    }

    /// <summary>The workshop beside the one before it, or null when it is the partnership's first.</summary>
    public async Task<WorkshopComparison?> ComparisonAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var previous = await PreviousAsync(workshop, cancellationToken);
        return previous is null
            ? null
            : WorkshopComparison.Between(frameworks.For(workshop), previous, workshop.StartedAt, await positions.GetAllAsync(workshop.Id, cancellationToken));
    }

    private async Task<PreviousWorkshop?> PreviousAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        var previous = await finder.PreviousAsync(workshop, cancellationToken);
        return previous is null
            ? null
            : new PreviousWorkshop(previous.FrameworkId, previous.StartedAt, await positions.GetAllAsync(previous.Id, cancellationToken));
    }

    private async Task<IReadOnlyDictionary<ProposalRound, IReadOnlyList<TeamsEvalBot.Domain.Rating.RatingEntry>>> RatingsAsync(string workshopId, string? proposalId, CancellationToken cancellationToken)
    {
        var ratings = await summaries.GetAllRatingsAsync(workshopId, proposalId, cancellationToken);
        return CurrentOrganisations.Apply(ratings, await store.GetMembersAsync(workshopId, cancellationToken));
    }
}

/// <summary>A workshop's agreed positions by proposal, its ratings by round (organisations as members say now), and the agreement across it.</summary>
public sealed record WorkshopResults(
    IReadOnlyDictionary<string, AgreedPosition> Agreed,
    IReadOnlyDictionary<ProposalRound, IReadOnlyList<TeamsEvalBot.Domain.Rating.RatingEntry>> Ratings,
    WorkshopAgreement Agreement);
