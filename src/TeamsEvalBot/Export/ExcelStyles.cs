using DocumentFormat.OpenXml.Spreadsheet;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>The improvement plan's cell styles: plain, a bold header, and a UK date.</summary>
public static class ExcelStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Date = 2;

    // Custom number formats start at 164; 14 would follow the reader's locale, and partners read dates as dd/mm/yyyy.
    private const uint UkDateFormat = 164;

    public static Stylesheet Build() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = UkDateFormat, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = UkDateFormat, ApplyNumberFormat = true }) { Count = 3 });
}
