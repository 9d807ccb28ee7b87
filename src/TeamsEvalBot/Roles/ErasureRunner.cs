using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Downloads;
using TeamsEvalBot.Storage.Erasures;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>
/// Carries a recorded erasure through to its audit entry, in an order a crash cannot spoil: each
/// workshop's rows (every transaction also notes what it erased), the cards that showed them, the
/// exports that may quote them, and last the audit entry. Run again on the same record, by the
/// person's next "forget me" or at start-up, it finishes what is left and counts what was done before.
/// </summary>
public sealed class ErasureRunner(
    WorkshopAdminStore admin,
    EvidenceCardRedraw cards,
    DownloadStore downloads,
    ErasureStore erasures,
    TimeProvider clock,
    ILogger<ErasureRunner> logger)
{
    public async Task<ErasureOutcome> RunAsync(Erasure erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var erased = new Dictionary<string, PersonErasure>(StringComparer.Ordinal);
        foreach (var workshopId in erasure.WorkshopIds)
        {
            var inWorkshop = await admin.ErasePersonAsync(workshopId, erasure.PersonId, erasure.Id, cancellationToken);
            erased[workshopId] = inWorkshop;
            await cards.RedrawAsync(workshopId, inWorkshop.ErasedRounds, cancellationToken);
        }

        var totals = ErasureTotals.Of(erased);

        // Any export of those workshops may quote the person. Exports live 10 minutes, so all of them go.
        await downloads.DeleteForErasureAsync(erasure.PersonId, totals.WorkshopIds, cancellationToken);
        var finished = erased.Values.All(e => e.Finished);
        var completedHere = finished && await erasures.CompleteAsync(erasure, totals, clock.GetUtcNow(), cancellationToken);
        RolesLog.PersonErased(logger, totals.Ratings, totals.HistoryEntries, totals.WorkshopIds.Count, finished);
        return new ErasureOutcome(totals, finished, completedHere);
    }
}

/// <summary>What a run of an erasure came to: its counts so far, whether it is finished, and whether this run wrote the audit entry.</summary>
public sealed record ErasureOutcome(ErasureTotals Totals, bool Finished, bool CompletedHere);
