using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Domain.Reconciliation;

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
}

/// <summary>What the partners will do to improve on a proposal: the action, who leads it, for which partner, and by when.</summary>
public sealed record ImprovementAction(
    string Action,
    string Lead,
    PartnerOrganisation Partner,
    Timescale Timescale,
    ActionStatus Status)
{
    /// <summary>The lead's Teams id when they were chosen from the people of the workshop; null for a lead typed as free text.</summary>
    public string? LeadId { get; init; }

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Done && Timescale.Date is { } due && due < today;
}

public static class ActionStatuses
{
    public static string DisplayName(this ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Planned",
    };
}
