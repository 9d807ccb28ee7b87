namespace TeamsEvalBot.Domain.Participants;

/// <summary>
/// Works out a participant's organisation from their e-mail domain, using the workshop's mapping.
/// A mapping entry matches the domain itself and any subdomain ("gov.uk" matches "angus.gov.uk").
/// </summary>
public static class OrganisationResolver
{
    /// <summary>The defaults for Scottish partnerships; facilitators add their own on the workshop card.</summary>
    public static IReadOnlyDictionary<string, PartnerOrganisation> DefaultDomains { get; } = new Dictionary<string, PartnerOrganisation>(StringComparer.OrdinalIgnoreCase)
    {
        ["nhs.scot"] = PartnerOrganisation.NhsBoard,
        ["nhs.net"] = PartnerOrganisation.NhsBoard,
        ["scot.nhs.uk"] = PartnerOrganisation.NhsBoard,
        ["gov.uk"] = PartnerOrganisation.LocalAuthority,
    };

    public static PartnerOrganisation FromEmail(string? email, IReadOnlyDictionary<string, PartnerOrganisation> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var at = email?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return PartnerOrganisation.Unknown;
        }

        var domain = email![(at + 1)..].Trim().TrimEnd('.');
        return domains
            .Where(d => domain.Equals(d.Key, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + d.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(d => d.Key.Length)
            .Select(d => d.Value)
            .FirstOrDefault(PartnerOrganisation.Unknown);
    }

    /// <summary>
    /// The person's real e-mail. Guests from another tenant have UPNs such as
    /// "alex.morgan_nhs.scot#EXT#@angus.onmicrosoft.com"; their home address is before #EXT#.
    /// </summary>
    public static string? RealEmail(string? email, string? userPrincipalName)
    {
        if (!string.IsNullOrWhiteSpace(email) && !email.Contains("#EXT#", StringComparison.OrdinalIgnoreCase))
        {
            return email;
        }

        var upn = string.IsNullOrWhiteSpace(email) ? userPrincipalName : email;
        var ext = upn?.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (ext > 0)
        {
            var local = upn![..ext];
            var underscore = local.LastIndexOf('_');
            return underscore > 0 ? local[..underscore] + "@" + local[(underscore + 1)..] : null;
        }

        return upn;
    }
}
