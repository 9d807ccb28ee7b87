using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Export;
using TeamsEvalBot.Tests.Cards;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Export;

/// <summary>What the export tests export, built by hand, and the documents read back as text.</summary>
internal static class ExportFixtures
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    // The only third-sector rater: a group of one.
    public static readonly RatingEntry Zebediah = ProposalCardFixtures.Rating("29:zebediah", "Zebediah Secretname", PartnerOrganisation.ThirdSector, 1, "SECRET-EVIDENCE-ZEBEDIAH: carers sit on the planning group", minutes: 5);

    /// <summary>The raters' names: no export may show them.</summary>
    public static readonly string[] RaterNames = ["Alison", "Secretname", "Catriona", "Quietname", "Zebediah"];

    /// <summary>The one action's partner is the local authority, which no rater speaks for.</summary>
    public static readonly ImprovementAction Action = new("Publish the joint leadership plan", "Morag Leadperson", PartnerOrganisation.LocalAuthority, new Timescale("December 2026"), ActionStatus.Planned);

    /// <summary>The agreed round of 1.1: two NHS board raters and the only third-sector one, each with evidence.</summary>
    public static IReadOnlyList<RatingEntry> AgreedRound => [Alison, Catriona, Zebediah];

    /// <summary>1.1 agreed at Established in round 1; <paramref name="agreement"/> is given for a facilitator's export only.</summary>
    public static ExportContent Content(Anonymity anonymity = Anonymity.Named, int minimumGroupSize = WorkshopSettings.DefaultMinimumGroupSize, WorkshopAgreement? agreement = null)
    {
        var agreed = new AgreedPosition("1.1", 1, 2, "The programme is joint.", string.Empty, [Action], new Person("29:fiona", FacilitatorName), Start.AddHours(2));
        return new ExportContent(
            Msg,
            NewWorkshop(anonymity, minimumGroupSize: minimumGroupSize),
            new Dictionary<string, AgreedPosition>(StringComparer.OrdinalIgnoreCase) { [agreed.ProposalId] = agreed },
            new Dictionary<ProposalRound, IReadOnlyList<RatingEntry>> { [new ProposalRound(agreed.ProposalId, agreed.Round)] = AgreedRound },
            agreement,
            Today);
    }

    /// <summary>The Word document's paragraphs as text, once it has proved valid.</summary>
    public static IReadOnlyList<string> WordParagraphs(ExportContent content)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(WordDocumentBuilder.Build(content)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>The evidence excerpts: the paragraphs that quote a rating.</summary>
    public static IReadOnlyList<string> Excerpts(IReadOnlyList<string> paragraphs) => [.. paragraphs.Where(p => p.StartsWith('“'))];

    /// <summary>The excerpt that quotes <paramref name="rating"/>'s evidence.</summary>
    public static string ExcerptOf(IReadOnlyList<string> paragraphs, RatingEntry rating) =>
        Assert.Single(Excerpts(paragraphs), p => p.StartsWith($"“{rating.Evidence}”", StringComparison.Ordinal));

    /// <summary>Every cell's text in the improvement plan, once it has proved valid.</summary>
    public static string ExcelText(ExportContent content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelPlanBuilder.Build(content)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        return string.Join('\n', document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText));
    }
}
