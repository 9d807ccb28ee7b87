using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Workshops;

/// <summary>Who may do what in a workshop. Handlers ask these; they do not restate them.</summary>
public static class WorkshopRoles
{
    /// <summary>Post, close, reveal, reconcile, revote, change settings and roles, end the workshop.</summary>
    public static bool MayFacilitate(Workshop workshop, string personId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.IsFacilitator(personId);
    }

    /// <summary>Everyone in the workshop's chat rates, except observers.</summary>
    public static bool MayRate(Workshop workshop, string personId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return !workshop.IsObserver(personId);
    }

    /// <summary>
    /// An improvement action's status is changed by its lead, known by id, or by a facilitator. A lead
    /// typed as free text is only a name, which anyone could share, so only facilitators change theirs.
    /// </summary>
    public static bool MayChangeActionStatus(Workshop workshop, ImprovementAction action, string personId, string? aadObjectId = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var isLead = action.LeadId is { Length: > 0 } lead
            && (lead == personId || (!string.IsNullOrEmpty(aadObjectId) && string.Equals(lead, aadObjectId, StringComparison.OrdinalIgnoreCase)));
        return isLead || MayFacilitate(workshop, personId);
    }

    /// <summary>Someone who facilitates cannot also observe: they run the workshop.</summary>
    public static bool MayObserve(Workshop workshop, string personId) => !MayFacilitate(workshop, personId);
}
