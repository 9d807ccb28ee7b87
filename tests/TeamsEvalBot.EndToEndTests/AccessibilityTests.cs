using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// Every card variant the bot sends today, rendered by the Playground's Adaptive Card renderer in
/// headless Chromium and scanned by axe-core (WCAG 2.2 AA and best-practice rules), one card at a time.
/// Workshops are started in new channel posts: each post is its own conversation, so each test has its own workshop.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class AccessibilityTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task HelpAndPersonalChatErrorCards_HaveNoSeriousAccessibilityFindings()
    {
        var scans = new CardScans("personal-chat", output);
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.PersonalChat);

        await playground.SendAsync("help");
        await scans.ScanAsync(await playground.WaitForCardAsync("What TeamsEvalBot can do"), "help card");

        await playground.SendAsync("rate everything now");
        await scans.ScanAsync(await ErrorCardAsync(playground, "I do not know the command"), "error card: unknown command");

        await playground.SendAsync("status");
        var noWorkshop = await ErrorCardAsync(playground, "There is no open workshop in this conversation.");
        Assert.Contains("start workshop <partnership name>", await noWorkshop.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(noWorkshop, "error card: no open workshop");

        scans.AssertNoSeriousFindings();
    }

    [Fact]
    public async Task WorkshopErrorCards_HaveNoSeriousAccessibilityFindings()
    {
        const string partnership = "Dundee Health and Social Care Partnership";
        var scans = new CardScans("workshop-errors", output);
        await using var playground = await fixture.OpenPlaygroundAsync();
        var thread = await StartWorkshopInChannelAsync(playground, partnership);
        var workshop = await PlaygroundWorkshop.FindAsync(fixture, partnership);

        await playground.ReplyMentioningBotAsync(thread, "status");
        await scans.ScanAsync(await playground.WaitForCardAsync("Workshop progress"), "status card, nothing posted");

        await playground.ReplyMentioningBotAsync(thread, $"start workshop {partnership} framework efqm-2030");
        await scans.ScanAsync(await ErrorCardAsync(playground, "There is no framework called"), "error card: unknown framework");

        await playground.ReplyMentioningBotAsync(thread, $"start workshop {partnership}");
        await scans.ScanAsync(await ErrorCardAsync(playground, "already has an open workshop"), "error card: workshop already open");

        await playground.ReplyMentioningBotAsync(thread, "post 9.9");
        await scans.ScanAsync(await ErrorCardAsync(playground, "I could not find"), "error card: unknown proposal");

        await playground.ReplyMentioningBotAsync(thread, "reveal 1.1");
        await scans.ScanAsync(await ErrorCardAsync(playground, "There is no posted proposal"), "error card: proposal not posted");

        await playground.ReplyMentioningBotAsync(thread, "set organisation third sector");
        await scans.ScanAsync(await ErrorCardAsync(playground, "I need a person and an organisation."), "error card: set organisation without a person");

        await workshop.SendAsAsync("Catriona Fraser", "post 1.1");
        await scans.ScanAsync(await ErrorCardAsync(playground, "Only a facilitator can post proposals."), "error card: not a facilitator");

        await playground.ReplyMentioningBotAsync(thread, "my organisation the Scottish Fire and Rescue Service");
        await scans.ScanAsync(await playground.WaitForCardAsync("I did not recognise that organisation."), "organisation card, organisation not recognised");

        scans.AssertNoSeriousFindings();
    }

    [Fact]
    public async Task ProposalCardViews_NamedWorkshop_HaveNoSeriousAccessibilityFindings()
    {
        const string partnership = "Perth and Kinross Health and Social Care Partnership";
        var scans = new CardScans("proposal-named", output);
        await using var playground = await fixture.OpenPlaygroundAsync();
        var thread = await StartWorkshopInChannelAsync(playground, partnership);
        await scans.ScanAsync(await playground.WaitForCardAsync(partnership), "workshop card");
        var workshop = await PlaygroundWorkshop.FindAsync(fixture, partnership);

        await playground.ReplyMentioningBotAsync(thread, "post 3.2");
        await scans.ScanAsync(await playground.WaitForCardAsync("not for local completion"), "information card (proposal 3.2)");

        await playground.ReplyMentioningBotAsync(thread, "post 1.1");
        var proposal = await playground.WaitForCardAsync("Proposal 1.1");
        await scans.ScanAsync(proposal, "proposal card, before the reveal (blind)");

        // The participant rates. The bot answers with their own view and, at the same moment, updates the
        // shared card; the Playground draws whichever arrives last. If the shared card wins, the same rating
        // is sent again from it: the bot stores and updates nothing, and its own view then stays.
        await RateAsync(proposal, "Established", "The joint leadership programme ran twice this year.", "Rate");
        await playground.WaitForCardAsync("1 of 6 have rated.");
        if (await ShowsWithinAsync(playground.Cards.Filter(new() { HasText = "1 of 6 have rated.", HasNotText = "You rated this" }).First, TimeSpan.FromSeconds(10)))
        {
            await RateAsync(await playground.WaitForCardAsync("1 of 6 have rated.", without: "You rated this"), "Established", "The joint leadership programme ran twice this year.", "Rate");
        }

        var own = await playground.WaitForCardAsync("You rated this Established.");
        await scans.ScanAsync(own, "proposal card, own view (with the organisation question)");

        // Text pasted from elsewhere can carry control characters: the bot refuses it and gives the form
        // back, with what happened and what to do. Nothing is stored, so no update replaces it.
        await RateAsync(own, "Partly established", "Minutes of the board\u0007 in March", "Change my rating");
        await scans.ScanAsync(await playground.WaitForCardAsync("hidden control characters"), "proposal card, rating refused (error view)");

        // Colleagues rate; their count reaches the shared card before the reveal.
        await workshop.RateAsAsync("Catriona Fraser", "1.1", 2, "Joint board development sessions run twice a year.");
        await workshop.RateAsAsync("Alasdair Duncan", "1.1", 1, "Shared practice is patchy outside the localities.");
        await workshop.RateAsAsync("Morag Petrie", "1.1", 3, "The third sector sits on every leadership group.");
        await workshop.WaitForRatingsAsync("1.1", count: 4);
        await playground.WaitForCardAsync("4 of 6 have rated.");
        await playground.ReplyMentioningBotAsync(thread, "reveal 1.1");
        var revealed = await playground.WaitForCardAsync("Results revealed. 4 of 6 rated.");
        Assert.Contains("Catriona Fraser", await revealed.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(revealed, "proposal card, after the reveal, named");

        scans.AssertNoSeriousFindings();
    }

    [Fact]
    public async Task ProposalCardViews_AnonymousWorkshop_HaveNoSeriousAccessibilityFindings()
    {
        const string partnership = "Fife Health and Social Care Partnership";
        var scans = new CardScans("proposal-anonymous", output);
        await using var playground = await fixture.OpenPlaygroundAsync();
        var thread = await StartWorkshopInChannelAsync(playground, partnership);
        var workshop = await PlaygroundWorkshop.FindAsync(fixture, partnership);

        // A bad domain line first, then anonymous with live results before the reveal.
        var settings = await playground.WaitForCardAsync(partnership);
        await settings.GetByLabel("domains of partner organisations", new() { Exact = false }).FillAsync("fife.gov.uk is the council");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save settings", Exact = true }).ClickAsync();
        settings = await playground.WaitForCardAsync("The settings were not saved.");
        await scans.ScanAsync(settings, "workshop card, settings refused (error)");

        await settings.GetByRole(AriaRole.Radio, new() { Name = "Anonymous", Exact = false }).CheckAsync();
        await settings.GetByRole(AriaRole.Checkbox).UncheckAsync();
        await settings.GetByLabel("domains of partner organisations", new() { Exact = false }).FillAsync("fife.gov.uk = local authority\nnhs.scot = nhs board");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save settings", Exact = true }).ClickAsync();
        await scans.ScanAsync(await playground.WaitForCardAsync("Settings saved."), "workshop card, settings saved");

        await playground.ReplyMentioningBotAsync(thread, "post 1.1");
        await playground.WaitForCardAsync("Proposal 1.1");
        await workshop.RateAsAsync("Catriona Fraser", "1.1", 2, "Joint board development sessions run twice a year.");
        await workshop.RateAsAsync("Alasdair Duncan", "1.1", 1, "Shared practice is patchy outside the localities.");
        await workshop.RateAsAsync("Morag Petrie", "1.1", 3, "The third sector sits on every leadership group.");
        await workshop.RateAsAsync("Graham Ogilvie", "1.1", 2, "The chief officer chairs the joint leadership team.");
        await workshop.WaitForRatingsAsync("1.1", count: 4);

        // With blind mode off the shared card shows the results as they come in (updated at most every few seconds).
        var live = await playground.WaitForCardAsync("4 of 6 have rated.");
        Assert.Contains("Established: 2 of 4 (50%)", await live.InnerTextAsync(), StringComparison.Ordinal);
        await scans.ScanAsync(live, "proposal card, before the reveal, live results (blind off)");

        await playground.ReplyMentioningBotAsync(thread, "reveal 1.1");
        var revealed = await playground.WaitForCardAsync("Results revealed. 4 of 6 rated.");
        var text = await revealed.InnerTextAsync();
        Assert.Contains("The third sector sits on every leadership group.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Catriona Fraser", text, StringComparison.Ordinal);
        await scans.ScanAsync(revealed, "proposal card, after the reveal, anonymous");

        scans.AssertNoSeriousFindings();
    }

    /// <summary>Chooses a level, types the evidence and presses the button on a proposal card.</summary>
    private static async Task RateAsync(ILocator card, string level, string evidence, string button)
    {
        await card.GetByRole(AriaRole.Radio, new() { Name = level, Exact = true }).CheckAsync();
        await card.GetByLabel("Your evidence", new() { Exact = false }).FillAsync(evidence);
        await card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    /// <summary>True if the element shows within the time; false if it does not (which is then the expected case).</summary>
    private static async Task<bool> ShowsWithinAsync(ILocator locator, TimeSpan time)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = (float)time.TotalMilliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Starts a workshop in a new post in the General channel and returns the post's thread.</summary>
    internal static async Task<ILocator> StartWorkshopInChannelAsync(PlaygroundPage playground, string partnership)
    {
        await playground.ChooseConversationAsync(PlaygroundPage.GeneralChannel);
        await playground.MentionBotAsync("start workshop " + partnership);
        var card = await playground.WaitForCardAsync(partnership);
        return PlaygroundPage.ThreadOf(card);
    }

    /// <summary>Waits for an error card and checks its three parts (<see cref="ErrorCards"/>).</summary>
    private static async Task<ILocator> ErrorCardAsync(PlaygroundPage playground, string text)
    {
        var card = await playground.WaitForCardAsync(text);
        await ErrorCards.AssertShapeAsync(card, text);
        return card;
    }
}
