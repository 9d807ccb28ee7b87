namespace TeamsEvalBot.Domain.Participants;

/// <summary>Where a member's organisation came from; a person's own choice beats their e-mail domain.</summary>
public enum OrganisationSource
{
    EmailDomain,
    Declared,
    SetByFacilitator,
}

/// <summary>A member of the workshop's conversation, as read once from the roster.</summary>
public sealed record Member(
    string Id,
    string Name,
    string? Email,
    PartnerOrganisation Organisation,
    OrganisationSource Source)
{
    /// <summary>The member's Entra object id, as the roster gives it: what the people picker returns for them.</summary>
    public string? AadObjectId { get; init; }
}
