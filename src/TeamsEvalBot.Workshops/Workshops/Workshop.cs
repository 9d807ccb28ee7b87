namespace TeamsEvalBot.Workshops.Workshops;

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
    public bool IsFacilitator(string personId) => Facilitators.Any(f => f.Id == personId);
}
