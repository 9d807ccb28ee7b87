using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Protocol.Auth;

/// <summary>Refuses activities from tenants that are not on the allow-list.</summary>
public sealed class TenantGate(IOptions<BotOptions> options)
{
    public bool IsAllowed(Activity activity)
    {
        var allowed = options.Value.EffectiveAllowedTenants;
        if (allowed.Count == 0)
        {
            // Only local mode can get here with no tenant configured; its callers are loopback.
            return options.Value.IsLocalMode;
        }

        return activity.TenantId is { } tenant && allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }
}
