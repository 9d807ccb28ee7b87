using System.Globalization;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Partnerships;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// Who may import a previous round, and of when: for a registered partnership, only its owners
/// and the facilitators they appoint (a new name is registered by its first import, as by its first workshop); dated no later than today and no later than the
/// partnership's latest workshop; a few a day for each person, so imports cannot flood the index.
/// In a chat with an open workshop, only for that workshop's partnership.
/// </summary>
public sealed class ImportAuthority(
    WorkshopStore store,
    PartnershipRegistry registry,
    PartnershipIndexStore index,
    PartnershipStore partnerships,
    TimeProvider clock)
{
    public const int ImportsPerDay = 10;

    /// <summary>
    /// The partnership to import for, or why not in words for the person. Neither, when the name is
    /// not registered yet and registration is open: saving the import registers it.
    /// </summary>
    public async Task<(Partnership? Partnership, string? Refusal)> CheckAsync(TurnContext turn, string name, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var tenant = turn.Activity.TenantId ?? string.Empty;
        if (await store.GetActiveAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken) is { } open
            && PartnershipName.Key(open.Value.Partnership) != PartnershipName.Key(name))
        {
            return (null, "This chat's workshop is for another partnership. Import that partnership's previous round in its own chat, or in a 1:1 chat with me.");
        }

        var partnership = await registry.FindAsync(tenant, name, cancellationToken);
        if (partnership is null && registry.IsLocked)
        {
            return (null, "That partnership is not registered. Partnerships are registered by your Teams administrator in the app settings.");
        }

        if (date > UkTime.Today(clock))
        {
            return (null, "That date is in the future. Type the date the previous self-evaluation was held.");
        }

        // With open registration, importing a new partnership's paper round registers it, as its first workshop would.
        if (partnership is null)
        {
            return (null, null);
        }

        if (!partnership.MayRun(turn.PersonId, turn.Activity.From?.AadObjectId))
        {
            return (null, $"Only the partnership's owners and the facilitators they appoint can import its previous round. Ask an owner ({PartnershipWords.Owners(partnership)}).");
        }

        var workshops = await index.GetWorkshopsAsync(tenant, partnership.Id, cancellationToken);
        var latest = workshops.Count > 0 ? workshops[0] : null;
        if (latest is not null && date > DateOnly.FromDateTime(latest.StartedAt.UtcDateTime))
        {
            return (null, $"That date is after the partnership's latest workshop, started {latest.StartedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}. An import records a round held before it.");
        }

        return (partnership, null);
    }

    /// <summary>Counts one import by the person; false when they have made their day's imports already.</summary>
    public Task<bool> TryCountAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return partnerships.TryCountImportAsync(turn.Activity.TenantId ?? string.Empty, turn.PersonId, clock.GetUtcNow(), ImportsPerDay, TimeSpan.FromDays(1), cancellationToken);
    }
}
