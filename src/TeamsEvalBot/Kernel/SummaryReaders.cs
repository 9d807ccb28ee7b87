using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Partnerships;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Who may read a workshop's summary, from the workshop's own tenant only: its facilitators and
/// observers, the members of its conversation (the stored roster), its partnership's owners and
/// appointed facilitators, the people they shared the partnership's summaries with, and the
/// partnership's chief officers named in configuration.
/// </summary>
public sealed class SummaryReaders(
    WorkshopStore store,
    PartnershipStore partnerships,
    PartnershipRegistry registry,
    IOptionsMonitor<SummaryOptions> options)
{
    public async Task<bool> MayReadAsync(Workshop workshop, Reader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Id.Length == 0 || !string.Equals(reader.TenantId, workshop.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The checks that cost nothing come first; each storage check is a point read or one small partition.
        return WorkshopRoles.MayFacilitate(workshop, reader.Id)
            || workshop.IsObserver(reader.Id)
            || options.CurrentValue.IsConfiguredReader(workshop.Partnership, reader)
            || (workshop.PartnershipId.Length > 0 && await partnerships.IsReaderAsync(workshop.PartnershipId, reader.Id, cancellationToken))
            || await store.GetMemberAsync(workshop.Id, reader.Id, cancellationToken) is not null
            || (await registry.GetAsync(workshop.TenantId, workshop.PartnershipId, cancellationToken))?.MayRun(reader.Id, reader.AadObjectId) == true;
    }
}
