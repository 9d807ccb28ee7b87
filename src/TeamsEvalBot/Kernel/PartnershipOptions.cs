namespace TeamsEvalBot.Kernel;

/// <summary>Whether anyone may register a partnership by starting its first workshop, or only the configured ones exist.</summary>
public enum RegistrationMode
{
    Open,
    Locked,
}

/// <summary>
/// How partnerships are registered. Bound from "Partnerships". Locked is the production setting:
/// the partnerships and their owners come from app settings, so nobody registers a look-alike.
/// </summary>
public sealed class PartnershipOptions
{
    public const string Section = "Partnerships";

    public RegistrationMode Registration { get; set; } = RegistrationMode.Open;

    /// <summary>Partnerships:Registered:0:TenantId, …:Name, …:Owners:0 (Entra object ids).</summary>
    public List<ConfiguredPartnership> Registered { get; set; } = [];
}

/// <summary>One partnership an administrator registered, with its owners by Entra object id.</summary>
public sealed class ConfiguredPartnership
{
    public string? TenantId { get; set; }

    public string? Name { get; set; }

    public List<string> Owners { get; set; } = [];
}
