using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>The improvement plan as a spreadsheet: one row per agreed action, as partnerships keep their plans (see the Moray plan).</summary>
public static class ExcelPlanBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SheetName = "Improvement plan";

    public static IReadOnlyList<string> Headers { get; } =
        ["Proposal", "Proposal text", "Action", "Lead", "Partner", "Timescale", "Due date", "Status", "Overdue"];

    private static readonly double[] Widths = [10, 50, 50, 20, 18, 18, 12, 12, 9];

    public static byte[] Build(ExportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = ExcelStyles.Build();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(ColumnWidths(), Rows(content));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName }));
        }

        return stream.ToArray();
    }

    private static Columns ColumnWidths() =>
        new([.. Widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })]);

    private static SheetData Rows(ExportContent content)
    {
        var data = new SheetData(RowOf(1, [.. Headers.Select(h => (Cell)TextCell(h, ExcelStyles.Header))]));
        var index = 2u;
        foreach (var proposal in content.Framework.Proposals)
        {
            foreach (var action in content.AgreedFor(proposal)?.Actions ?? [])
            {
                data.Append(RowOf(index++,
                [
                    TextCell(proposal.Id),
                    TextCell(proposal.Text),
                    TextCell(action.Action),
                    TextCell(action.Lead),
                    TextCell(action.Partner.DisplayName()),
                    TextCell(action.Timescale.Text),
                    action.Timescale.Date is { } due ? DateCell(due) : new Cell(),
                    TextCell(action.Status.DisplayName()),
                    TextCell(action.IsOverdue(content.Today) ? "Yes" : "No"),
                ]));
            }
        }

        return data;
    }

    private static Row RowOf(uint index, Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = $"{(char)('A' + i)}{index}";
        }

        return new Row(cells) { RowIndex = index };
    }

    // Inline strings keep each row self-contained; a plan has tens of rows, so sharing saves nothing worth having.
    private static Cell TextCell(string text, uint style = ExcelStyles.Plain) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(InertText.WithoutControlCharacters(text))),
        StyleIndex = style,
    };

    // A real date, so the plan can be sorted and filtered by it.
    private static Cell DateCell(DateOnly date) => new()
    {
        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()),
        StyleIndex = ExcelStyles.Date,
    };
}
