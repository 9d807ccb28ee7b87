using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// The cards of the journeys after the reveal (history, improvement actions, import previous, compare,
/// export, overview and the summary refusals), drawn by the Playground and scanned by axe. One workshop
/// journey serves every scan, to keep the run short. The search extension's result cards cannot be
/// reached here: the Playground does not process the manifest, so it offers no message extensions.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class LaterJourneyAccessibilityTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string Partnership = "Orkney Health and Social Care Partnership";

    // Not in scripts/playground.yml, so in no workshop's roster: a chief officer nobody has shared the summaries with.
    private static readonly JsonObject Stranger = new() { ["id"] = "29:1visiting-officer", ["name"] = "Visiting Officer", ["aadObjectId"] = "3a0b6c2e-1f4d-4c8a-9e7b-0d1c2b3a4f99" };

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task LaterJourneyCards_HaveNoSeriousAccessibilityFindings()
    {
        var scans = new CardScans("later-journeys", output);
        await using var playground = await fixture.OpenPlaygroundAsync();
        var thread = await AccessibilityTests.StartWorkshopInChannelAsync(playground, Partnership);
        var workshop = await PlaygroundWorkshop.FindAsync(fixture, Partnership);

        // A proposal rated, revealed and agreed with an action already overdue, so the cards have something to show.
        await NextCardAsync(thread, "Proposal 1.1", () => playground.ReplyMentioningBotAsync(thread, "post 1.1"));
        await workshop.RateAsAsync("Catriona Fraser", "1.1", 2, "Joint board development sessions run twice a year.");
        await workshop.RateAsAsync("Alasdair Duncan", "1.1", 1, "Shared practice is patchy outside the localities.");
        await workshop.WaitForRatingsAsync("1.1", count: 2);
        await NextCardAsync(thread, "Results revealed.", () => playground.ReplyMentioningBotAsync(thread, "reveal 1.1"));
        await NextCardAsync(thread, "Proposal 1.1: position agreed", () => workshop.AgreeAsAsync("Eilidh Robertson", "1.1", 2, "Leadership is shared across the partners.", ("Run joint leadership sessions", "Alasdair Duncan", "LocalAuthority", "31/03/2025")));

        await scans.ScanAsync(await NextCardAsync(thread, "History of proposal 1.1", () => playground.ReplyMentioningBotAsync(thread, "history 1.1")), "history card");
        await scans.ScanAsync(await NextErrorCardAsync(thread, "There is no proposal 9.9 in this framework.", () => playground.ReplyMentioningBotAsync(thread, "history 9.9")), "error card: history of an unknown proposal");

        var actions = await NextCardAsync(thread, "All actions: 1 action.", () => playground.ReplyMentioningBotAsync(thread, "actions"));
        Assert.Contains("Overdue", await actions.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(actions, "actions card, one overdue");
        await NextCardAsync(thread, "Status updated to In progress.", async () =>
        {
            await Choose(playground, actions, "New status for this action of proposal 1.1", "In progress");
            await actions.GetByRole(AriaRole.Button, new() { Name = "Update status", Exact = true }).ClickAsync();
        });
        var updated = thread.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Status updated to In progress." });
        await scans.ScanAsync(updated, "actions card, status updated");

        // Import the paper round, with the refusals first: a bad date, and a participant who is not a facilitator.
        await scans.ScanAsync(await NextErrorCardAsync(thread, "There is only one workshop of", () => playground.ReplyMentioningBotAsync(thread, "compare")), "error card: compare with only one workshop");
        await scans.ScanAsync(await NextErrorCardAsync(thread, "I need the partnership's name and the date", () => playground.ReplyMentioningBotAsync(thread, $"import previous {Partnership} in the spring")), "error card: import previous with a bad date");
        await scans.ScanAsync(await NextErrorCardAsync(thread, "Nothing was imported.", () => workshop.SendAsAsync("Catriona Fraser", $"import previous {Partnership} March 2019")), "error card: import previous refused (not a facilitator)");
        var import = await NextCardAsync(thread, "Choose the level agreed for each proposal.", () => playground.ReplyMentioningBotAsync(thread, $"import previous {Partnership} March 2019"));
        await scans.ScanAsync(import, "import previous card");
        await NextCardAsync(thread, "Saved: ", async () =>
        {
            await Choose(playground, import, "1.1 ", "Partly established");
            await import.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        });
        await scans.ScanAsync(thread.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Saved: " }), "import previous card, saved");

        var compare = await NextCardAsync(thread, "Progress since the previous workshop", () => playground.ReplyMentioningBotAsync(thread, "compare"));
        Assert.Contains("1.1 Partly established → Established: up", await compare.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(compare, "compare card");
        output.WriteLine("Screenshot: " + await ScreenshotAsync(playground, compare, "compare"));

        var export = await NextCardAsync(thread, "Your Word document is ready.", () => playground.ReplyMentioningBotAsync(thread, "export word"));
        Assert.Contains("Download the Word document", await export.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(export, "export link card");

        await scans.ScanAsync(await NextCardAsync(thread, "Partnerships at each level", () => playground.ReplyMentioningBotAsync(thread, "overview")), "overview card");
        var rag = await NextCardAsync(thread, "Partnerships by red, amber and green", () => playground.ReplyMentioningBotAsync(thread, "overview rag"));
        await scans.ScanAsync(rag, "overview card, red amber green");
        output.WriteLine("Screenshot: " + await ScreenshotAsync(playground, rag, "overview-rag"));

        // In the personal chat: the summary journey's errors, then a stranger refused.
        await playground.ChooseConversationAsync(PlaygroundPage.PersonalChat);
        var chat = playground.Page.Locator("body");
        await scans.ScanAsync(await NextErrorCardAsync(chat, "I found no workshop for Atlantis.", () => playground.SendAsync("summary Atlantis")), "error card: unknown partnership");
        await scans.ScanAsync(await NextErrorCardAsync(chat, "There is no workshop in this conversation", () => playground.SendAsync("compare")), "error card: no workshop in this conversation");
        await scans.ScanAsync(await NextErrorCardAsync(chat, "There is no proposal 9.9 in this workshop's framework.", () => playground.SendAsync($"summary 9.9 {Partnership}")), "error card: summary of an unknown proposal");
        var refused = $"You cannot read the summaries of {Partnership}.";
        await scans.ScanAsync(await NextErrorCardAsync(chat, refused, () => SendAsStrangerAsync($"summary {Partnership}")), "error card: summary refused (a stranger)");
        await scans.ScanAsync(await NextErrorCardAsync(chat, refused, () => SendAsStrangerAsync($"export excel {Partnership}")), "error card: export refused (a stranger)");
        await scans.ScanAsync(await NextErrorCardAsync(chat, "There is no partnership whose summaries you may read.", () => SendAsStrangerAsync("overview")), "error card: overview with nothing to read (a stranger)");

        scans.AssertNoSeriousFindings();
    }

    /// <summary>
    /// Does what makes the bot answer, then waits for the next card in <paramref name="scope"/> that holds
    /// <paramref name="text"/>: cards already there with that text are counted first, so a repeat is not mistaken for the answer.
    /// </summary>
    private static async Task<ILocator> NextCardAsync(ILocator scope, string text, Func<Task> action)
    {
        var matching = scope.Locator(".ac-adaptiveCard").Filter(new() { HasText = text });
        var before = await matching.CountAsync();
        await action();
        var card = matching.Nth(before);
        await card.WaitForAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        return card;
    }

    private static async Task<ILocator> NextErrorCardAsync(ILocator scope, string whatHappened, Func<Task> action)
    {
        var card = await NextCardAsync(scope, whatHappened, action);
        await ErrorCards.AssertShapeAsync(card, whatHappened);
        return card;
    }

    /// <summary>Chooses an option in a compact choice set (a combobox in the Playground), by its label's start.</summary>
    private static async Task Choose(PlaygroundPage playground, ILocator card, string label, string option)
    {
        await card.GetByRole(AriaRole.Combobox, new() { Name = label }).First.ClickAsync();
        await playground.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private async Task SendAsStrangerAsync(string text)
    {
        var config = await fixture.Users.ConfigAsync();
        var activity = await fixture.Users.TemplateAsync((string)config["personalChat"]!["id"]!);
        activity["type"] = "message";
        activity["from"] = Stranger.DeepClone();
        activity["locale"] = "en-GB";
        activity["text"] = text;
        await fixture.Users.SendAsync(activity);
    }

    private static async Task<string> ScreenshotAsync(PlaygroundPage playground, ILocator card, string name)
    {
        // The card's heading at the top of the view, so the screenshot shows how the card begins.
        await card.Locator(".ac-textBlock").First.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        return await playground.ScreenshotAsync(name);
    }
}
