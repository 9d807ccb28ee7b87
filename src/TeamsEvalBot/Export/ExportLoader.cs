using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>Reads what an export shows, through the summaries' own reads.</summary>
public sealed class ExportLoader(SummaryLoader summaries, FrameworkCatalogue frameworks, TimeProvider clock)
{
    /// <param name="withAgreement">Whether the export carries alpha: only a facilitator's does.</param>
    public async Task<ExportContent> LoadAsync(Workshop workshop, bool withAgreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var results = await summaries.ResultsAsync(workshop, cancellationToken);
        return new ExportContent(frameworks.For(workshop), workshop, results.Agreed, results.Ratings, withAgreement ? results.Agreement : null, UkTime.Today(clock));
    }
}
