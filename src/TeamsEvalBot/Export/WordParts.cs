using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>Small builders for WordprocessingML: styled paragraphs, runs, bordered tables, and the heading styles they use.</summary>
public static class WordParts
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";

    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Text(text));

    public static Paragraph Paragraph(params Run[] runs) => new(runs);

    /// <summary>A run of text as typed: control characters (which XML cannot hold) become spaces, and line breaks stay breaks.</summary>
    public static Run Text(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = InertText.WithoutControlCharacters(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public static TableCell Cell(string text, bool bold = false, int span = 1)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        return new TableCell(properties, new Paragraph(Text(text, bold)));
    }

    /// <summary>A full-width table with single borders, as the template's rating descriptor tables have.</summary>
    public static Table Table(int columns, IEnumerable<TableRow> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));
        table.Append(rows);
        return table;
    }

    /// <summary>The title and heading styles, so Word shows the headings as headings and lists them in its navigation pane.</summary>
    public static void AddStyles(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Heading(Title, "Title", 40, outlineLevel: null),
            Heading(Heading1, "heading 1", 32, 0),
            Heading(Heading2, "heading 2", 26, 1),
            Heading(Heading3, "heading 3", 22, 2));
    }

    private static Style Heading(string id, string name, int halfPoints, int? outlineLevel)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
