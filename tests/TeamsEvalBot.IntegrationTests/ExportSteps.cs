using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Steps the export tests share: agreeing 1.1 with two actions, following a download link, and reading the documents back.</summary>
public static class ExportSteps
{
    /// <summary>
    /// As <see cref="SummarySteps.AgreeOneOneAsync"/> (ratings 0, 1, 2, 2; 1.1 agreed at Established, 1.2 pending),
    /// with two actions: one due on a date long past, one "Ongoing" and in progress.
    /// </summary>
    public static async Task AgreeOneOneWithTwoActionsAsync(this WorkshopDriver workshop, string workshopId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAsync(workshop.Facilitator, "post 1.2");
        string[] levels = ["0", "1", "2", "2"];
        for (var i = 0; i < levels.Length; i++)
        {
            await workshop.RateAsync(workshop.People[i], workshopId, "1.1", levels[i], $"evidence from {workshop.People[i].Name}");
        }

        Assert.Equal(HttpStatusCode.OK, (await workshop.SayAsync(workshop.Facilitator, "reveal 1.1")).StatusCode);
        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["proposalId"] = "1.1",
            ["round"] = 1,
            ["version"] = string.Empty,
            ["slots"] = 2,
            ["agreedLevel"] = "2",
            ["rationale"] = "The programme is joint.",
            ["dissent"] = "The third sector would rate it lower.",
            ["action1"] = "Publish the joint leadership plan",
            ["lead1"] = "Person 1",
            ["partner1"] = "NhsBoard",
            ["timescale1"] = "01/01/2020",
            ["status1"] = "Planned",
            ["action2"] = "Review the leadership programme",
            ["lead2"] = "Person 2",
            ["partner2"] = "LocalAuthority",
            ["timescale2"] = "Ongoing",
            ["status2"] = "InProgress",
        });
        Assert.Contains("Saved. The agreed position is recorded", card.Wire(), StringComparison.Ordinal);
    }

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
