using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Who may read a workshop's summary: its facilitators and observers, the members of its
/// conversation (the stored roster), the people a facilitator shared the partnership's summaries
/// with, and the partnership's chief officers named in configuration.
/// </summary>
public sealed class SummaryReaders(WorkshopStore store, PartnershipIndexStore index, IOptionsMonitor<SummaryOptions> options)
{
    public async Task<bool> MayReadAsync(Workshop workshop, Reader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Id.Length == 0)
        {
            return false;
        }

        // The checks that cost nothing come first; each storage check is one point read.
        return workshop.IsFacilitator(reader.Id)
            || workshop.IsObserver(reader.Id)
            || options.CurrentValue.IsConfiguredReader(workshop.Partnership, reader)
            || await index.IsReaderAsync(workshop.Partnership, reader.Id, cancellationToken)
            || await store.GetMemberAsync(workshop.Id, reader.Id, cancellationToken) is not null;
    }
}
