using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>The evaluation as a Word document in the MSG self-evaluation template's layout, for the IJB, audit committee and Scottish Government.</summary>
public static class WordDocumentBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(ExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordParts.AddStyles(main);
            var body = new Body(
                WordParts.Styled(WordParts.Title, $"Self-evaluation: {content.Workshop.Partnership}"),
                WordParts.Paragraph(WordParts.Text("Name of partnership: ", bold: true), WordParts.Text(content.Workshop.Partnership)),
                WordParts.Paragraph(WordParts.Text("Date: ", bold: true), WordParts.Text(content.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))),
                WordParts.Paragraph(WordParts.Text("Framework: ", bold: true), WordParts.Text(content.Framework.Name)),
                WordParts.Paragraph(WordParts.Text(Introduction(content))));
            foreach (var feature in content.Framework.KeyFeatures)
            {
                body.Append(WordParts.Styled(WordParts.Heading1, $"Key feature {feature.Id}: {feature.Title}"));
                foreach (var proposal in feature.Proposals)
                {
                    body.Append(WordProposalSection.Build(content, proposal));
                }
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// How many positions are agreed, and for a facilitator how far the partners agreed before
    /// discussion settled them, so they can weigh the agreed levels.
    /// </summary>
    public static string Introduction(ExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rateable = content.Framework.Proposals.Count(p => p.IsRateable);
        var agreed = content.Framework.Proposals.Count(p => p.IsRateable && content.Agreed.ContainsKey(p.Id));
        var positions = $"The partners agreed positions on {agreed} of {rateable} proposals.";
        if (content.Agreement is not { } agreement)
        {
            return positions;
        }

        var alpha = agreement.Alpha is { } value
            ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : "not defined (it needs a proposal rated by two people or more, and ratings that are not all the same)";
        return positions
            + $" Agreement between raters across the workshop (Krippendorff's alpha, ordinal, over the ratings behind {agreement.Proposals} rated proposals): {alpha}. "
            + "1 is full agreement; 0 is no better than chance.";
    }
}
