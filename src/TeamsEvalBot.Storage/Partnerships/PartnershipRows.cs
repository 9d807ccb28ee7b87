using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Storage.Partnerships;

/// <summary>
/// Keys of the Partnerships table. The tenant's partition holds one <c>name|&lt;key&gt;</c> row per
/// registered name (inserted once, so one name registers one partnership) and each person's recent
/// imports. The partnership's own partition, its id, holds the partnership and the people it names.
/// </summary>
internal static class PartnershipRows
{
    public const string Partnership = "partnership";
    public const string NamePrefix = "name|";
    public const string OwnerPrefix = "owner|";
    public const string FacilitatorPrefix = "facilitator|";
    public const string ReaderPrefix = "reader|";
    public const string ImportsPrefix = "imports|";

    public static string Tenant(string tenantId) => KeyEncoding.Encode(tenantId);

    public static string Name(string name) => NamePrefix + KeyEncoding.Encode(PartnershipName.Key(name));

    /// <summary>A steward's row: by Teams id, or by Entra object id for someone configured before they used the bot.</summary>
    public static string Steward(string prefix, string teamsId, string? aadObjectId) =>
        prefix + KeyEncoding.Encode(teamsId.Length > 0 ? teamsId : "aad:" + aadObjectId);

    public static string Reader(string personId) => ReaderPrefix + KeyEncoding.Encode(personId);

    public static string Imports(string personId) => ImportsPrefix + KeyEncoding.Encode(personId);
}
