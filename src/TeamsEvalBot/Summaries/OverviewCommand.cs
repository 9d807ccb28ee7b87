using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// "overview" and "overview rag": per proposal, how many of the partnerships the reader may read
/// agreed each level in their latest workshop on the default framework (MSG 2019).
/// </summary>
public sealed class OverviewCommand(
    PartnershipIndexStore index,
    WorkshopStore store,
    AgreedPositionStore positions,
    SummaryReaders readers,
    FrameworkCatalogue frameworks,
    ILogger<OverviewCommand> logger) : IMessageCommand
{
    // Scotland has 31 partnerships; this bounds the reads whatever the index holds.
    private const int MaxPartnerships = 50;

    // One row per workshop across all partnerships.
    private const int IndexRowsRead = 2000;

    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var rag = string.Equals(arguments?.Trim(), "rag", StringComparison.OrdinalIgnoreCase);
        var framework = frameworks.Default;
        var latestRows = (await index.GetAllWorkshopsAsync(turn.Activity.TenantId ?? string.Empty, IndexRowsRead, cancellationToken))
            .GroupBy(w => w.PartnershipId)
            .Select(g => g.OrderByDescending(w => w.StartedAt).First())
            .Take(MaxPartnerships)
            .ToList();
        var reader = Reader.Of(turn);
        var agreed = new List<IReadOnlyList<AgreedPosition>>();
        foreach (var row in latestRows)
        {
            // A reader may read a partnership when they may read its latest workshop.
            if (await store.GetAsync(row.WorkshopId, cancellationToken) is not { } stored
                || !string.Equals(stored.Value.FrameworkId, framework.Id, StringComparison.OrdinalIgnoreCase)
                || !await readers.MayReadAsync(stored.Value, reader, cancellationToken))
            {
                continue;
            }

            agreed.Add(await positions.GetAllAsync(stored.Value.Id, cancellationToken));
        }

        if (agreed.Count == 0)
        {
            await turn.SendCardAsync(SummaryReplies.NothingToOverview(), cancellationToken);
            return;
        }

        ProgressLog.Overview(logger, agreed.Count, latestRows.Count);
        await turn.SendCardAsync(OverviewCard.Build(PartnershipOverview.Count(framework, agreed), rag), cancellationToken);
    }
}
