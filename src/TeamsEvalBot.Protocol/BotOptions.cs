using System.ComponentModel.DataAnnotations;

namespace TeamsEvalBot.Protocol;

/// <summary>The bot's identity and the endpoints it trusts. Bound from the "Bot" section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's Entra app id. Empty means local mode: no auth, loopback callers only.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's home tenant: the single-tenant authority for outbound tokens and Entra-issued inbound tokens.</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>For <see cref="BotAppType.SingleTenant"/>; from user-secrets or the environment, never from git.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>For <see cref="BotAppType.UserAssignedMSI"/>: the identity's client id (equal to AppId).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Tenants whose activities are accepted. Empty means the bot's own tenant only (or any, in local mode).</summary>
    public List<string> AllowedTenantIds { get; set; } = [];

    [Required]
    public Uri BotFrameworkOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra authority host for inbound Entra tokens: metadata at {authority}/{tenant}/v2.0/.well-known/openid-configuration.</summary>
    [Required]
    public Uri EntraAuthority { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>Authority host for the bot's own outbound tokens (MSAL insists on HTTPS).</summary>
    [Required]
    public Uri TokenAuthority { get; set; } = new("https://login.microsoftonline.com");

    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>How old cached signing keys may get before they are fetched again.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The largest request body accepted on /api/messages.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyCollection<string> EffectiveAllowedTenants =>
        AllowedTenantIds.Count > 0 ? AllowedTenantIds : TenantId is { Length: > 0 } tenant ? [tenant] : [];
}

public enum BotAppType
{
    SingleTenant,
    UserAssignedMSI,
}
