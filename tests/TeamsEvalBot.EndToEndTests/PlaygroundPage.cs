using Microsoft.Playwright;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// One Playground page, driven as a person would: pick a conversation, type, @mention the bot, read its cards.
/// The selectors were found by exploring the Playground 0.2.28 UI (Fluent UI v9, so roles rather than class names).
/// </summary>
public sealed class PlaygroundPage(IBrowserContext context, IPage page, Func<string> diagnostics) : IAsyncDisposable
{
    /// <summary>Conversation names as the Playground lists them, from scripts/playground.yml.</summary>
    public const string PersonalChat = "Personal Chat";
    public const string GroupChat = "Angus IJB self-evaluation workshop";
    public const string GeneralChannel = "Angus Health and Social Care Partnership - General";
    public const string WorkshopChannel = "Angus Health and Social Care Partnership - MSG self-evaluation";

    public const string BotName = "TeamsEvalBot";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    public IPage Page => page;

    /// <summary>Every Adaptive Card on the page, oldest first.</summary>
    public ILocator Cards => page.Locator(".ac-adaptiveCard");

    /// <summary>The message editor (a Lexical editor). Card inputs are textboxes too, so they are left out. In a channel this is "Start a new post".</summary>
    public ILocator MessageBox => page.Locator("[contenteditable=true][data-lexical-editor=true]").First;

    public static string ScreenshotFolder => RepoPaths.Combine("TestResults", "screenshots");

    public async Task OpenAsync(Uri playgroundUrl)
    {
        await page.GotoAsync(playgroundUrl.ToString());

        // The personal chat is selected and ready once its editor shows.
        await MessageBox.WaitForAsync();
    }

    public async Task ChooseConversationAsync(string name)
    {
        await page.GetByRole(AriaRole.Treeitem, new() { Name = name, Exact = true }).ClickAsync();
        await MessageBox.WaitForAsync();
    }

    public async Task SendAsync(string text)
    {
        await MessageBox.ClickAsync();
        await MessageBox.PressSequentiallyAsync(text);
        await MessageBox.PressAsync("Enter");
    }

    /// <summary>Sends "@TeamsEvalBot {text}" with a real mention picked from the Playground's mention list.</summary>
    public async Task MentionBotAsync(string text)
    {
        await MessageBox.ClickAsync();
        await MessageBox.PressSequentiallyAsync("@");
        await page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = BotName }).First.ClickAsync();
        await MessageBox.PressSequentiallyAsync(" " + text);
        await MessageBox.PressAsync("Enter");
    }

    /// <summary>
    /// The channel thread (root post, replies and its reply box) that holds <paramref name="card"/>.
    /// In a channel each new post is its own conversation, so a thread holds one workshop.
    /// </summary>
    public static ILocator ThreadOf(ILocator card) =>
        card.Locator("xpath=ancestor::div[.//div[@data-lexical-editor='true']][1]");

    /// <summary>The reply box of a channel thread.</summary>
    public static ILocator ReplyBoxOf(ILocator thread) =>
        thread.Locator("[contenteditable=true][data-lexical-editor=true]").Last;

    /// <summary>Replies "@TeamsEvalBot {text}" in a channel thread, with a real mention.</summary>
    public async Task ReplyMentioningBotAsync(ILocator thread, string text)
    {
        var reply = ReplyBoxOf(thread);
        await reply.ClickAsync();
        await reply.PressSequentiallyAsync("@");
        await page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = BotName }).First.ClickAsync();
        await reply.PressSequentiallyAsync(" " + text);
        await reply.PressAsync("Enter");
    }

    /// <summary>
    /// Presses Tab (or Shift+Tab) until <paramref name="target"/> has the focus, as a keyboard user would,
    /// and returns how many presses it took. Fails, naming every element it passed, if it never gets there.
    /// </summary>
    public async Task<int> TabToAsync(ILocator target, string what, bool backwards = false, int maxPresses = 150)
    {
        var path = new List<string>();
        for (var presses = 1; presses <= maxPresses; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await HasFocusAsync(target))
            {
                return presses;
            }

            path.Add(await FocusedElementAsync());
        }

        throw new Xunit.Sdk.XunitException($"{(backwards ? "Shift+Tab" : "Tab")} did not reach {what} in {maxPresses} presses. It passed:\n{string.Join('\n', path)}");
    }

    /// <summary>True when the (single) element <paramref name="locator"/> points at has the keyboard focus.</summary>
    public static async Task<bool> HasFocusAsync(ILocator locator) =>
        await locator.CountAsync() == 1 && await locator.EvaluateAsync<bool>("e => e === document.activeElement");

    /// <summary>The focused element, described for failure messages.</summary>
    public Task<string> FocusedElementAsync() => page.EvaluateAsync<string>(
        """
        () => {
          const e = document.activeElement;
          if (!e) return '(nothing)';
          const name = e.getAttribute('aria-label') || e.labels?.[0]?.innerText || e.innerText || e.value || '';
          return `${e.tagName.toLowerCase()}${e.type ? '[' + e.type + ']' : ''} "${name.trim().slice(0, 40)}"${e.closest('.ac-adaptiveCard') ? ' (in a card)' : ''}`;
        }
        """);

    /// <summary>Waits for the card at a position (0 = the first card on the page) and returns it.</summary>
    public async Task<ILocator> WaitForCardAsync(int index)
    {
        var card = Cards.Nth(index);
        await WaitAsync(card, $"card number {index + 1}");
        return card;
    }

    /// <summary>Waits for the first card whose text contains <paramref name="text"/> and returns it.</summary>
    public async Task<ILocator> WaitForCardAsync(string text)
    {
        var card = Cards.Filter(new() { HasText = text }).First;
        await WaitAsync(card, $"a card containing \"{text}\"");
        return card;
    }

    /// <summary>Waits for the first card that contains <paramref name="text"/> but not <paramref name="without"/>, and returns it.</summary>
    public async Task<ILocator> WaitForCardAsync(string text, string without)
    {
        var card = Cards.Filter(new() { HasText = text, HasNotText = without }).First;
        await WaitAsync(card, $"a card containing \"{text}\" but not \"{without}\"");
        return card;
    }

    /// <summary>The text of a card's first TextBlock: its heading, by the bot's convention.</summary>
    public static async Task<string> HeadingOfAsync(ILocator card) =>
        (await card.Locator(".ac-textBlock").First.InnerTextAsync()).Trim();

    /// <summary>Saves a screenshot of the whole page under TestResults/screenshots/ and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private async Task WaitAsync(ILocator locator, string what)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        }
        catch (TimeoutException e)
        {
            var screenshot = await ScreenshotAsync("failed-" + DateTime.UtcNow.ToString("HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture));
            throw new TimeoutException($"No {what} within {ReplyTimeout}. Screenshot: {screenshot}\n{diagnostics()}", e);
        }
    }
}
