using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Steps the export tests share: agreeing 1.1 with two actions, following a download link, and reading the documents back.</summary>
public static class ExportSteps
{
    /// <summary>The download link on the one card sent since <paramref name="sentBefore"/>.</summary>
    public static Uri LinkSince(this BotApp bot, int sentBefore)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var card = bot.Connector.SentCards.Skip(sentBefore).Single();
        var action = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.OpenUrl", action["type"]!.GetValue<string>());
        return new Uri(action["url"]!.GetValue<string>());
    }

    /// <summary>GETs a link's path and query from the in-memory app.</summary>
    public static Task<HttpResponseMessage> GetAsync(this BotApp bot, Uri link)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(link);
        return bot.CreateClient().GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
    }

    /// <summary>The improvement plan's rows, each as its cells' text by column letter; a date cell gives its date.</summary>
    public static List<Dictionary<string, string>> ReadSheet(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Improvement plan", sheet.Name!.Value);
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
        return [.. worksheet.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => row.Elements<Cell>().ToDictionary(
            cell => new string([.. cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter)]),
            cell => cell.DataType?.Value == CellValues.InlineString
                ? cell.InlineString!.InnerText
                : cell.CellValue is { } value ? DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture))).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty))];
    }
}
