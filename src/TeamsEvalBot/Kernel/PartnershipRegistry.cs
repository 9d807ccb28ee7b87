using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Storage.Partnerships;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// The registered partnerships of a tenant. With open registration they are the stored ones; when
/// registration is locked, only the configured ones exist, with the owners configuration names, and
/// storage holds just the facilitators and readers their owners add.
/// </summary>
public sealed class PartnershipRegistry(PartnershipStore store, IOptionsMonitor<PartnershipOptions> options, TimeProvider clock)
{
    public bool IsLocked => options.CurrentValue.Registration == RegistrationMode.Locked;

    /// <summary>The partnership registered under this name in the tenant, or null.</summary>
    public async Task<Partnership?> FindAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        if (!IsLocked)
        {
            return await store.FindAsync(tenantId, name, cancellationToken);
        }

        var key = PartnershipName.Key(name);
        var configured = Configured(tenantId).FirstOrDefault(c => PartnershipName.Key(c.Name!) == key);
        return configured is null ? null : await FromConfigurationAsync(tenantId, configured, cancellationToken);
    }

    /// <summary>A workshop's partnership, by its id; null when it is not registered in that tenant.</summary>
    public async Task<Partnership?> GetAsync(string tenantId, string partnershipId, CancellationToken cancellationToken)
    {
        if (IsLocked)
        {
            var configured = Configured(tenantId).FirstOrDefault(c => ConfiguredId(tenantId, c.Name!) == partnershipId);
            return configured is null ? null : await FromConfigurationAsync(tenantId, configured, cancellationToken);
        }

        var stored = partnershipId.Length == 0 ? null : await store.GetAsync(partnershipId, cancellationToken);
        return stored?.TenantId == tenantId ? stored : null;
    }

    /// <summary>The names registered in the tenant.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string tenantId, CancellationToken cancellationToken) =>
        IsLocked ? [.. Configured(tenantId).Select(c => c.Name!)] : await store.NamesAsync(tenantId, cancellationToken);

    /// <summary>Registers the name with its first owner; null when registration is locked.</summary>
    public async Task<Partnership?> RegisterAsync(string tenantId, string name, Steward owner, CancellationToken cancellationToken) =>
        IsLocked ? null : await store.RegisterAsync(tenantId, name, owner, clock.GetUtcNow(), cancellationToken);

    private IEnumerable<ConfiguredPartnership> Configured(string tenantId) =>
        options.CurrentValue.Registered.Where(c => !string.IsNullOrWhiteSpace(c.Name) && string.Equals(c.TenantId?.Trim(), tenantId, StringComparison.OrdinalIgnoreCase));

    private async Task<Partnership> FromConfigurationAsync(string tenantId, ConfiguredPartnership configured, CancellationToken cancellationToken)
    {
        var id = ConfiguredId(tenantId, configured.Name!);
        var owners = configured.Owners.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => new Steward(string.Empty, o.Trim(), "an owner named in the app settings")).ToList();
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            await store.EnsureAsync(new Partnership(id, tenantId, configured.Name!.Trim(), owners, []), clock.GetUtcNow(), cancellationToken);
        }

        return new Partnership(id, tenantId, configured.Name!.Trim(), owners, stored?.Facilitators ?? []);
    }

    // The same on every instance and every start, without storing anything first.
    private static string ConfiguredId(string tenantId, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId.ToLowerInvariant()}\n{PartnershipName.Key(name)}")))[..32];
}
