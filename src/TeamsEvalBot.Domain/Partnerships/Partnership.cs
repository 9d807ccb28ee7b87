namespace TeamsEvalBot.Domain.Partnerships;

/// <summary>
/// Someone a partnership names: by Teams id (29:…) once they have used the bot, and by Entra object
/// id where configuration or Teams gives it. Either one matches.
/// </summary>
public sealed record Steward(string TeamsId, string? AadObjectId, string Name)
{
    public bool Is(string teamsId, string? aadObjectId) =>
        (TeamsId.Length > 0 && TeamsId == teamsId)
        || (!string.IsNullOrEmpty(AadObjectId) && string.Equals(AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A registered partnership: a stable id, its name as registered, its tenant, its owners, and the
/// facilitators its owners appointed. Workshops, imports and sharing belong to it by id, never by name.
/// </summary>
public sealed record Partnership(
    string Id,
    string TenantId,
    string Name,
    IReadOnlyList<Steward> Owners,
    IReadOnlyList<Steward> Facilitators)
{
    public bool IsOwner(string teamsId, string? aadObjectId) => Owners.Any(o => o.Is(teamsId, aadObjectId));

    /// <summary>Owners and their appointed facilitators start workshops, import the previous round and share summaries.</summary>
    public bool MayRun(string teamsId, string? aadObjectId) =>
        IsOwner(teamsId, aadObjectId) || Facilitators.Any(f => f.Is(teamsId, aadObjectId));
}
