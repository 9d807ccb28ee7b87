using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// Keyboard only: the facilitator starts a workshop and posts a proposal, rates it on the card, and
/// reveals it, with key presses alone. No click, no fill, no programmatic focus: Tab, Shift+Tab,
/// arrows, Enter and typed text, as a person who cannot use a mouse works.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class KeyboardTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string Partnership = "Clackmannanshire and Stirling Health and Social Care Partnership";

    [Fact]
    public async Task Keyboard_ParticipantRatesAndFacilitatorReveals_WithoutTheMouse()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        var page = playground.Page;

        // Into the channel and its "Start a new post" box.
        var channel = page.GetByRole(AriaRole.Treeitem, new() { Name = PlaygroundPage.GeneralChannel, Exact = true });
        await playground.TabToAsync(channel, "the General channel");
        await page.Keyboard.PressAsync("Enter");
        await playground.MessageBox.WaitForAsync();
        await playground.TabToAsync(playground.MessageBox, "the new post box");
        await MentionBotByKeyboardAsync(page, "start workshop " + Partnership);
        var thread = PlaygroundPage.ThreadOf(await playground.WaitForCardAsync(Partnership));

        var reply = PlaygroundPage.ReplyBoxOf(thread);
        await playground.TabToAsync(reply, "the thread's reply box");
        await MentionBotByKeyboardAsync(page, "post 1.1");
        var proposal = await playground.WaitForCardAsync("Proposal 1.1");

        // The participant: back from the reply box into the card, to the level.
        var levels = proposal.GetByRole(AriaRole.Radio);
        var tabs = await playground.TabToAsync(levels.Last, "a level on the proposal card", backwards: true, maxPresses: 10);
        output.WriteLine($"Shift+Tab reached the levels in {tabs} presses.");
        await page.Keyboard.PressAsync("ArrowUp");
        var established = proposal.GetByRole(AriaRole.Radio, new() { Name = "Established", Exact = true });
        Assert.True(await established.IsCheckedAsync(), "ArrowUp from Exemplary should choose Established.");
        Assert.True(await PlaygroundPage.HasFocusAsync(established), "The focus should stay on the chosen level.");

        var evidence = proposal.GetByLabel("Your evidence", new() { Exact = false });
        await playground.TabToAsync(evidence, "the evidence box", maxPresses: 1);
        await page.Keyboard.TypeAsync("The joint leadership programme ran twice this year.");
        var rate = proposal.GetByRole(AriaRole.Button, new() { Name = "Rate", Exact = true });
        await playground.TabToAsync(rate, "the Rate button", maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");

        // The bot answers with the person's own view and at once updates the shared card for everyone;
        // the Playground draws whichever arrives last (it cannot show per-person views). Both say the count.
        await playground.WaitForCardAsync("1 of 6 have rated.");

        // The facilitator: the card was replaced, so the focus starts again from the top of the page
        // (or, if the shared card replaces it while Tab passes through it, starts again once more).
        tabs = await playground.TabToAsync(PlaygroundPage.ReplyBoxOf(thread), "the thread's reply box", maxPresses: 200);
        output.WriteLine($"After rating, Tab reached the reply box in {tabs} presses.");
        await MentionBotByKeyboardAsync(page, "reveal 1.1");
        var revealed = await playground.WaitForCardAsync("Results revealed. 1 of 6 rated.");
        var text = await revealed.InnerTextAsync();
        Assert.Contains("Established: 1 of 1 (100%)", text, StringComparison.Ordinal);
        Assert.Contains("The joint leadership programme ran twice this year.", text, StringComparison.Ordinal);
        await revealed.ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("keyboard-revealed"));
    }

    /// <summary>In the focused message box: "@", down to the bot in the mention list, Enter, then the command and Enter.</summary>
    private static async Task MentionBotByKeyboardAsync(IPage page, string text)
    {
        await page.Keyboard.TypeAsync("@");
        var option = page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = PlaygroundPage.BotName }).First;
        await option.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await PlaygroundPage.HasFocusAsync(option), "ArrowDown should move to the bot in the mention list.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(" " + text);
        await page.Keyboard.PressAsync("Enter");
    }
}
