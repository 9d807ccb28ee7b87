namespace TeamsEvalBot.Domain.Workshops;

public enum WorkshopStatus
{
    Open,
    Ended,
}

/// <summary>A person as the bot knows them: the Teams id (29:…) and a display name.</summary>
public sealed record Person(string Id, string Name);

/// <summary>One evaluation of one partnership against one framework, in one Teams conversation.</summary>
public sealed record Workshop(
    string Id,
    string ConversationId,
    string ServiceUrl,
    string Partnership,
    string FrameworkId,
    DateTimeOffset StartedAt,
    IReadOnlyList<Person> Facilitators,
    WorkshopSettings Settings,
    WorkshopStatus Status,
    int MemberCount)
{
    /// <summary>The tenant the workshop's conversation belongs to.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The registered partnership it evaluates; <see cref="Partnership"/> is that partnership's name.</summary>
    public string PartnershipId { get; init; } = string.Empty;

    /// <summary>People who may read but never rate. Setting them sets <see cref="ObserverCount"/>, so a role change counts itself.</summary>
    public IReadOnlyList<Person> Observers
    {
        get;
        init
        {
            field = value;
            ObserverCount = value.Count;
        }
    } = [];

    /// <summary>How many observe. The workshop's own row keeps it, so a reader of that row alone knows how many rate.</summary>
    public int ObserverCount { get; init; }

    public bool IsFacilitator(string personId) => Facilitators.Any(f => f.Id == personId);

    public bool IsObserver(string personId) => Observers.Any(o => o.Id == personId);

    /// <summary>The people expected to rate: the members, less observers.</summary>
    public int RaterCount => Math.Max(0, MemberCount - ObserverCount);
}
