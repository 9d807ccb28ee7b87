using System.Globalization;
using System.Text;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>One kind of export: what the reply calls it, and how its document is built and named.</summary>
public sealed record ExportKind(string DocumentName, string FileSuffix, string Extension, string ContentType, Func<ExportContent, byte[]> Build)
{
    public static ExportKind Word { get; } = new("Word document", "self-evaluation", "docx", WordDocumentBuilder.ContentType, WordDocumentBuilder.Build);

    public static ExportKind Excel { get; } = new("Excel improvement plan", "improvement-plan", "xlsx", ExcelPlanBuilder.ContentType, ExcelPlanBuilder.Build);

    // Keeps file names short enough for every file system, with room for the suffix and date.
    private const int MaxNameLength = 60;

    /// <summary>Such as "Angus-Health-and-Social-Care-Partnership-self-evaluation-2026-11-23.docx": letters, digits and hyphens only, safe in any header and file system.</summary>
    public string FileName(Workshop workshop, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var name = new StringBuilder();
        foreach (var c in workshop.Partnership)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var partnership = name.ToString(0, Math.Min(name.Length, MaxNameLength)).Trim('-');
        return $"{(partnership.Length == 0 ? "workshop" : partnership)}-{FileSuffix}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Extension}";
    }
}
