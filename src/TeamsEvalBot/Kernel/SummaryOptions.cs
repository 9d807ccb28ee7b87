using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Who may read each partnership's summaries besides the workshops' own people. Bound from
/// "Summaries". A list of entries rather than keys named after partnerships: App Service setting
/// names cannot hold the spaces of "Angus Health and Social Care Partnership".
/// </summary>
public sealed class SummaryOptions
{
    public const string Section = "Summaries";

    /// <summary>Summaries:Readers:0:Partnership, Summaries:Readers:0:People:0, …</summary>
    public List<PartnershipReaders> Readers { get; set; } = [];

    /// <summary>Whether the person is configured as one of the partnership's chief officers, by Entra object id or Teams id.</summary>
    public bool IsConfiguredReader(string partnership, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var key = PartnershipName.Key(partnership);
        return Readers
            .Where(r => PartnershipName.Key(r.Partnership ?? string.Empty) == key)
            .SelectMany(r => r.People ?? [])
            .Select(p => p?.Trim() ?? string.Empty)
            .Any(p => p.Length > 0 && (p == reader.Id || string.Equals(p, reader.AadObjectId, StringComparison.OrdinalIgnoreCase)));
    }
}

/// <summary>One partnership's chief officers: its name as workshops give it, and their ids.</summary>
public sealed class PartnershipReaders
{
    public string? Partnership { get; set; }

    /// <summary>Entra object ids (aadObjectId) or Teams ids (29:…).</summary>
    public List<string> People { get; set; } = [];
}
