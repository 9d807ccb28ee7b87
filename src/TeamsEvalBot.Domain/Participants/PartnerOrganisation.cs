namespace TeamsEvalBot.Domain.Participants;

/// <summary>The body a participant speaks for.</summary>
public enum PartnerOrganisation
{
    Unknown,
    NhsBoard,
    LocalAuthority,
    Ijb,
    ThirdSector,
    IndependentSector,
    Other,
}

public static class PartnerOrganisations
{
    /// <summary>The organisations a person can choose, in the order the cards list them.</summary>
    public static IReadOnlyList<PartnerOrganisation> Choosable { get; } =
    [
        PartnerOrganisation.NhsBoard,
        PartnerOrganisation.LocalAuthority,
        PartnerOrganisation.Ijb,
        PartnerOrganisation.ThirdSector,
        PartnerOrganisation.IndependentSector,
        PartnerOrganisation.Other,
    ];

    public static string DisplayName(this PartnerOrganisation organisation) => organisation switch
    {
        PartnerOrganisation.NhsBoard => "NHS board",
        PartnerOrganisation.LocalAuthority => "Local authority",
        PartnerOrganisation.Ijb => "IJB",
        PartnerOrganisation.ThirdSector => "Third sector",
        PartnerOrganisation.IndependentSector => "Independent sector",
        PartnerOrganisation.Other => "Other",
        _ => "Not known yet",
    };

    /// <summary>Reads what people type: "nhs", "NHS board", "council", "local authority", "third sector", …</summary>
    public static bool TryParse(string text, out PartnerOrganisation organisation)
    {
        var words = (text ?? string.Empty).Trim().ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal);
        organisation = words switch
        {
            "NHS" or "NHS BOARD" or "HEALTH BOARD" or "NHSBOARD" => PartnerOrganisation.NhsBoard,
            "COUNCIL" or "LOCAL AUTHORITY" or "LA" or "LOCALAUTHORITY" => PartnerOrganisation.LocalAuthority,
            "IJB" or "INTEGRATION JOINT BOARD" => PartnerOrganisation.Ijb,
            "THIRD SECTOR" or "THIRD" or "VOLUNTARY" or "THIRDSECTOR" => PartnerOrganisation.ThirdSector,
            "INDEPENDENT SECTOR" or "INDEPENDENT" or "INDEPENDENTSECTOR" => PartnerOrganisation.IndependentSector,
            "OTHER" => PartnerOrganisation.Other,
            _ => PartnerOrganisation.Unknown,
        };
        return organisation != PartnerOrganisation.Unknown;
    }
}
