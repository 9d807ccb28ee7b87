using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Summaries;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Export;

/// <summary>Reads what an export shows: three range queries of the workshop's partition.</summary>
public sealed class ExportLoader(WorkshopStore store, AgreedPositionStore positions, SummaryStore summaries, FrameworkCatalogue frameworks, TimeProvider clock)
{
    public async Task<ExportContent> LoadAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var framework = frameworks.For(workshop);
        var agreed = (await positions.GetAllAsync(workshop.Id, cancellationToken)).ToDictionary(p => p.ProposalId, StringComparer.OrdinalIgnoreCase);
        var progress = await store.GetAllProgressAsync(workshop.Id, cancellationToken);

        // Organisations as members say now, as the summary shows them.
        var ratings = CurrentOrganisations.Apply(await summaries.GetAllRatingsAsync(workshop.Id, null, cancellationToken), await store.GetMembersAsync(workshop.Id, cancellationToken));
        return new ExportContent(framework, workshop, agreed, ratings, WorkshopAgreement.Of(framework, agreed, progress, ratings), UkTime.Today(clock));
    }
}
