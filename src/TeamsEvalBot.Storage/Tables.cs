namespace TeamsEvalBot.Storage;

/// <summary>The tables the bot owns. Names follow Table Storage's rule: letters and digits, 3 to 63.</summary>
public static class Tables
{
    public const string Conversations = "Conversations";

    /// <summary>One partition per workshop: the workshop, its roster, proposals, ratings and their history.</summary>
    public const string Workshops = "Workshops";

    /// <summary>One partition per tenant, one row per workshop: how "forget me" finds a tenant's workshops.</summary>
    public const string TenantWorkshops = "TenantWorkshops";

    /// <summary>One partition per tenant: a row for each "forget me", with counts and never the erased content.</summary>
    public const string Erasures = "Erasures";

    /// <summary>One partition per registered partnership (tenant and id): its workshops, latest first.</summary>
    public const string PartnershipWorkshops = "PartnershipWorkshops";

    /// <summary>Registered partnerships: one partition per tenant for their names, one per partnership for its owners, facilitators and readers.</summary>
    public const string Partnerships = "Partnerships";

    /// <summary>One partition per download link (the token): an exported document, for 10 minutes.</summary>
    public const string Downloads = "Downloads";

    /// <summary>One row per thread: its recent sends, so every instance keeps inside Teams' per-thread limits.</summary>
    public const string ThreadSends = "ThreadSends";

    /// <summary>One partition per workshop, one row per proposal card: when its shared card was last claimed for an update.</summary>
    public const string CardUpdates = "CardUpdates";

    public static IReadOnlyList<string> All { get; } = [Conversations, Workshops, TenantWorkshops, Erasures, PartnershipWorkshops, Partnerships, Downloads, ThreadSends, CardUpdates];
}
