using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>"export word" and "export excel" on a real Azurite: who may export, the link, and what the documents hold.</summary>
[Collection(StorageCollection.Name)]
public sealed class ExportTests(AzuriteFixture storage) : IDisposable
{
    private const string Ready = "is ready. The link works for 10 minutes. Anyone holding the link can use it until then.";

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task ExportWord_ByAMember_GivesALink_ToTheTemplateLayout()
    {
        var (workshop, _, partnership) = await AgreedAsync(bot);
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[3], "export word");

        Assert.Contains("Your Word document " + Ready, bot.Connector.SentCards.Skip(sent).Single().Wire(), StringComparison.Ordinal);
        var link = bot.LinkSince(sent);
        Assert.StartsWith("http://127.0.0.1:3978/downloads/", link.AbsoluteUri, StringComparison.Ordinal);
        using var response = await bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"-self-evaluation-[0-9]{4}-[0-9]{2}-[0-9]{2}\.docx$", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        var framework = FrameworkCatalogue.LoadEmbedded().Default;
        Assert.Equal($"Self-evaluation: {partnership}", Styled(body, "Title").Single());
        Assert.Equal(framework.KeyFeatures.Count, Styled(body, "Heading1").Count);
        Assert.Contains($"Proposal 1.1: {framework.FindProposal("1.1")!.Text}", Styled(body, "Heading2"));
        Assert.Equal(25, Styled(body, "Heading2").Count);

        var ratingRow = RatingRow(body, "1.1");
        Assert.Equal(new[] { "Our rating", string.Empty, string.Empty, "X", string.Empty }, ratingRow);
        Assert.Equal(new[] { "Our rating", "Pending" }, RatingRow(body, "1.2"));
        Assert.Contains("Not for local completion", FollowingText(body, "3.2"), StringComparison.Ordinal);

        Assert.Contains("Rationale: The programme is joint.", text, StringComparison.Ordinal);
        Assert.Contains("Dissent: The third sector would rate it lower.", text, StringComparison.Ordinal);
        Assert.Contains("Evidence from the ratings of round 1:", text, StringComparison.Ordinal);

        // Four people gave evidence; a few excerpts are shown, not all.
        Assert.Equal(3, text.Split("“evidence from Person ").Length - 1);

        // Named, and two raters each: the organisations are named beside their evidence, as on the cards.
        Assert.Contains("“evidence from Person 0” (NHS board, Not yet established)", text, StringComparison.Ordinal);
        Assert.Contains("“evidence from Person 1” (Local authority, Partly established)", text, StringComparison.Ordinal);
        Assert.Contains("Publish the joint leadership plan", text, StringComparison.Ordinal);
        Assert.Contains("Lead: Person 1. Partner: NHS board. Timescale: 01/01/2020. Status: Planned (overdue).", text, StringComparison.Ordinal);
        Assert.Contains("Lead: Person 2. Partner: Local authority. Timescale: Ongoing. Status: In progress.", text, StringComparison.Ordinal);

        // Alpha is for the facilitators' report, as on the summary: a member's export has none.
        Assert.Contains("The partners agreed positions on 1 of 22 proposals.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Krippendorff", text, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2502);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ExportWord_ByAFacilitator_CarriesAlpha()
    {
        var (workshop, _, _) = await AgreedAsync(bot);

        var text = await WordTextAsync(workshop, workshop.Facilitator);

        var alpha = KrippendorffAlpha.Ordinal([[0, 1, 2, 2]], 4)!.Value.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Contains($"(Krippendorff's alpha, ordinal, over the ratings behind 1 rated proposals): {alpha}.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportWord_OfAnAnonymousWorkshop_NamesNoOrganisationBesideTheEvidence()
    {
        var (workshop, workshopId, _) = await AgreedAsync(bot);
        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject { ["workshopId"] = workshopId, ["anonymity"] = "anonymous" });
        Assert.Contains("Settings saved.", card.Wire(), StringComparison.Ordinal);

        var text = await WordTextAsync(workshop, workshop.Facilitator);

        // Person 0 and 3 speak for the NHS board, 1 and 2 for the local authority: groups big enough to name, but not here.
        var excerpts = text.Split('\n').Where(p => p.StartsWith("“evidence from Person ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, excerpts.Count);
        Assert.All(excerpts, excerpt => Assert.Matches(@"^“evidence from Person [0-3]” \((Not yet established|Partly established|Established)\)$", excerpt));
    }

    [Fact]
    public async Task ExportWord_AnOrganisationBelowTheSmallestGroup_IsNotNamedBesideItsEvidence()
    {
        var (workshop, workshopId, _) = await AgreedAsync(bot);
        await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject { ["workshopId"] = workshopId, ["minimumGroupSize"] = "3" });

        var text = await WordTextAsync(workshop, workshop.People[3]);

        // Two raters each: below a smallest group of 3, so neither organisation is named beside its evidence.
        var excerpts = text.Split('\n').Where(p => p.StartsWith("“evidence from Person ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, excerpts.Count);
        Assert.All(excerpts, excerpt => Assert.DoesNotContain("NHS board", excerpt, StringComparison.Ordinal));
        Assert.All(excerpts, excerpt => Assert.DoesNotContain("Local authority", excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportExcel_InA1to1Chat_ByName_GivesTheImprovementPlan_WithDueDatesAndOverdue()
    {
        var (workshop, _, partnership) = await AgreedAsync(bot);
        var sent = bot.Connector.SentCards.Count();

        await bot.SayInPersonalChatAsync(workshop.Facilitator, $"export excel {partnership}");

        Assert.Contains("Your Excel improvement plan " + Ready, bot.Connector.SentCards.Skip(sent).Single().Wire(), StringComparison.Ordinal);
        using var response = await bot.GetAsync(bot.LinkSince(sent));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);

        var rows = ExportSteps.ReadSheet(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(new[] { "Proposal", "Proposal text", "Action", "Lead", "Partner", "Timescale", "Due date", "Status", "Overdue" }, rows[0].Values);
        var proposalText = FrameworkCatalogue.LoadEmbedded().Default.FindProposal("1.1")!.Text;
        Assert.Equal(new[] { "1.1", proposalText, "Publish the joint leadership plan", "Person 1", "NHS board", "01/01/2020", "2020-01-01", "Planned", "Yes" }, Cells(rows[1]));
        Assert.Equal(new[] { "1.1", proposalText, "Review the leadership programme", "Person 2", "Local authority", "Ongoing", string.Empty, "In progress", "No" }, Cells(rows[2]));
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("export word")]
    [InlineData("export excel")]
    public async Task Export_ByAStranger_IsRefused_AndNoLinkIsMade(string command)
    {
        var (_, workshopId, partnership) = await AgreedAsync(bot);
        var stranger = SummarySteps.Stranger();
        var downloads = await CountDownloadsMadeForAsync(stranger.Id);
        var sent = bot.Connector.SentCards.Count();

        await bot.SayInPersonalChatAsync(stranger, $"{command} {partnership}");

        var reply = bot.ReplySince(sent);
        Assert.Contains("You cannot read the summaries of ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("/downloads/", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("The programme is joint.", reply, StringComparison.Ordinal);
        Assert.Equal(downloads, await CountDownloadsMadeForAsync(stranger.Id));
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2501 && log.Message.Contains(workshopId, StringComparison.Ordinal) && log.Message.Contains(stranger.Id, StringComparison.Ordinal));
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("/downloads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/downloads/not-a-token")]
    public async Task AnUnknownToken_Is404(string path)
    {
        using var response = await bot.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredLink_Is404_AndItsDocumentIsDeleted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var timed = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<TimeProvider>(clock));
        var workshop = new WorkshopDriver<BotApp>(timed);
        await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        var sent = timed.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.Facilitator, "export excel");
        var link = timed.LinkSince(sent);
        using (var fresh = await timed.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(11));

        using var expired = await timed.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        var token = link.Segments[^1];
        var table = timed.Services.GetRequiredService<TableStore>().Table(Tables.Downloads);
        Assert.False((await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(token, "download")).HasValue);
        Assert.Contains(timed.Logs.GetSnapshot(), log => log.Id.Id == 2504);
    }

    [Fact]
    public async Task AnExpiredExport_IsPurgedOnSchedule_EvenIfItsLinkIsNeverTried_AndAFreshOneStays()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var timed = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<TimeProvider>(clock));
        var workshop = new WorkshopDriver<BotApp>(timed);
        await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        var sent = timed.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.Facilitator, "export excel");
        var expired = timed.LinkSince(sent).Segments[^1];
        clock.Advance(TimeSpan.FromMinutes(11));
        sent = timed.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.Facilitator, "export word");
        var fresh = timed.LinkSince(sent).Segments[^1];

        await timed.Services.GetRequiredService<Export.ExpiredDownloadPurge>().PurgeAsync(CancellationToken.None);

        var table = timed.Services.GetRequiredService<TableStore>().Table(Tables.Downloads);
        Assert.False((await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(expired, "download")).HasValue);
        Assert.True((await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(fresh, "download")).HasValue);
        Assert.Contains(timed.Logs.GetSnapshot(), log => log.Id.Id == 2506);
    }

    /// <summary>A workshop of a partnership of its own, with 1.1 agreed at Established and two actions.</summary>
    private static async Task<(WorkshopDriver<BotApp> Workshop, string WorkshopId, string Partnership)> AgreedAsync(BotApp app)
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(app);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, level: "2", secondAction: true);
        return (workshop, workshopId, partnership);
    }

    /// <summary>Asks for the Word document as <paramref name="reader"/>, downloads it through its link, and gives its paragraphs, one a line.</summary>
    private static async Task<string> WordTextAsync(WorkshopDriver<BotApp> workshop, WorkshopDriver.Person reader)
    {
        var sent = workshop.Bot.Connector.SentCards.Count();
        await workshop.SayAsync(reader, "export word");
        using var response = await workshop.Bot.GetAsync(workshop.Bot.LinkSince(sent));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return string.Join('\n', document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    // Columns A to I; an empty cell has no text.
    private static string[] Cells(Dictionary<string, string> row) => [.. "ABCDEFGHI".Select(c => row.GetValueOrDefault(c.ToString()) ?? string.Empty)];

    private static List<string> Styled(Body body, string styleId) =>
        [.. body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(p => p.InnerText)];

    /// <summary>The "Our rating" row of a proposal's rating descriptor table, cell by cell.</summary>
    private static List<string> RatingRow(Body body, string proposalId)
    {
        var table = AfterHeading(body, proposalId).OfType<Table>().First();
        var row = table.Elements<TableRow>().Last();
        return [.. row.Elements<TableCell>().Select(c => c.InnerText)];
    }

    private static string FollowingText(Body body, string proposalId) => AfterHeading(body, proposalId).First().InnerText;

    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> AfterHeading(Body body, string proposalId) =>
        body.Elements().SkipWhile(e => !(e is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2" && p.InnerText.StartsWith($"Proposal {proposalId}:", StringComparison.Ordinal))).Skip(1);

    private async Task<int> CountDownloadsMadeForAsync(string personId)
    {
        var table = bot.Services.GetRequiredService<TableStore>().Table(Tables.Downloads);
        var count = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"MadeFor eq {personId}")))
        {
            count++;
        }

        return count;
    }
}
