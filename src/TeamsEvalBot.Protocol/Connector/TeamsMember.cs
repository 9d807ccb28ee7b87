using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>A conversation member as the connector describes it.</summary>
public sealed class TeamsMember
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? TenantId { get; set; }

    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class PagedMembers
{
    public List<TeamsMember> Members { get; set; } = [];

    public string? ContinuationToken { get; set; }
}
