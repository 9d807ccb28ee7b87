using TeamsEvalBot.Domain.Partnerships;

namespace TeamsEvalBot.Kernel;

/// <summary>How refusals name a partnership's people.</summary>
public static class PartnershipWords
{
    public static string Owners(Partnership partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var named = partnership.Owners.Where(o => o.TeamsId.Length > 0).Select(o => o.Name).ToList();
        return named.Count > 0 ? string.Join(" or ", named) : "they are named in the app settings; your Teams administrator knows who";
    }
}
