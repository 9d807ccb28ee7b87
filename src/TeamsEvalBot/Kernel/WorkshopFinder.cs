using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>The workshop a partnership lookup found, or the partnerships that matched when none did alone.</summary>
public sealed record PartnershipLookup(Workshop? Workshop, IReadOnlyList<string> Candidates);

/// <summary>Finds the workshop a summary is about: the conversation's, or a partnership's latest, and the one before it.</summary>
public sealed class WorkshopFinder(WorkshopStore store, WorkshopAdminStore admin, PartnershipIndexStore index, PartnershipRegistry registry)
{
    // An open workshop is among a partnership's latest; older ones ended long ago.
    private const int WorkshopsRead = 10;

    /// <summary>The conversation's open workshop, else its latest-started ended one.</summary>
    public async Task<Workshop?> InConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await store.GetActiveAsync(conversationId, cancellationToken) is { } open)
        {
            return open.Value;
        }

        foreach (var id in await admin.GetEndedWorkshopIdsAsync(conversationId, cancellationToken))
        {
            if (await store.GetAsync(id, cancellationToken) is { } ended)
            {
                return ended.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The registered partnership's open workshop, else its latest-started one, in the reader's
    /// tenant only. The name is matched whole first; failing that, a single registered partnership
    /// whose name holds all the typed words will do.
    /// </summary>
    public async Task<PartnershipLookup> ForPartnershipAsync(string tenantId, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var partnership = await registry.FindAsync(tenantId, typed, cancellationToken);
        if (partnership is null)
        {
            var names = (await registry.NamesAsync(tenantId, cancellationToken))
                .Where(name => PartnershipName.HasAllWords(name, typed))
                .DistinctBy(PartnershipName.Key)
                .Order(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (names.Count != 1)
            {
                return new PartnershipLookup(null, names);
            }

            partnership = await registry.FindAsync(tenantId, names[0], cancellationToken);
        }

        var workshops = new List<Workshop>();
        foreach (var row in partnership is null ? [] : (await index.GetWorkshopsAsync(tenantId, partnership.Id, cancellationToken)).Take(WorkshopsRead))
        {
            // A row is written just before its workshop, so a start that failed in between leaves a row without one.
            if (await store.GetAsync(row.WorkshopId, cancellationToken) is { } workshop)
            {
                workshops.Add(workshop.Value);
            }
        }

        return new PartnershipLookup(workshops.FirstOrDefault(w => w.Status == WorkshopStatus.Open) ?? workshops.FirstOrDefault(), []);
    }

    /// <summary>The partnership's workshop started before this one, if any; what it agreed is the baseline for the change.</summary>
    public async Task<Workshop?> PreviousAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        foreach (var row in (await index.GetWorkshopsAsync(workshop.TenantId, workshop.PartnershipId, cancellationToken)).Where(r => r.WorkshopId != workshop.Id && r.StartedAt < workshop.StartedAt))
        {
            if (await store.GetAsync(row.WorkshopId, cancellationToken) is { } previous)
            {
                return previous.Value;
            }
        }

        return null;
    }
}
