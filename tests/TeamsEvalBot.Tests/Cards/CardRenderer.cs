using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards renderer (npm adaptivecards, its dist script and stylesheet) in a plain
/// page in headless Chromium: one card at a time, alone, at the width asked for, with the renderer's
/// default host config. Markdown is limited to what the bot uses (bold). Started once for a test class.
/// </summary>
public sealed class CardRenderer : IAsyncLifetime
{
    private const string PageHtml = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Card</title>
          <style>
            html, body { margin: 0; padding: 0; background: #ffffff; }
            main { padding: 8px; }
          </style>
        </head>
        <body><main id="host"></main></body>
        </html>
        """;

    private const string RenderScript = """
        (() => {
          const escape = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
            result.outputHtml = '<p>' + escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>') + '</p>';
            result.didProcess = true;
          };
          window.renderCard = json => {
            const host = document.getElementById('host');
            host.replaceChildren();
            const card = new AdaptiveCards.AdaptiveCard();
            card.parse(json);
            const element = card.render();
            if (!element) throw new Error('The renderer returned nothing.');
            host.appendChild(element);
          };
        })();
        """;

    // Measures what a person would miss: horizontal scrolling, text cut off by a clipping box, buttons hidden away.
    private const string MeasureScript = """
        () => {
          const host = document.getElementById('host');
          const card = host.querySelector('.ac-adaptiveCard');
          const clips = style => style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
          const cut = [];
          let texts = 0;
          for (const element of card.querySelectorAll('*')) {
            const own = [...element.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
            if (own.length === 0 || element.getClientRects().length === 0) continue;
            texts++;
            const text = own.map(n => n.textContent.trim()).join(' ');
            const style = getComputedStyle(element);
            if (clips(style) && element.scrollWidth > element.clientWidth + 1) {
              cut.push(`"${text}" is cut off (${element.scrollWidth} px of text in ${element.clientWidth} px)`);
              continue;
            }
            const range = document.createRange();
            range.selectNodeContents(element);
            const glyphs = range.getBoundingClientRect();
            for (let box = element.parentElement; box && box !== host; box = box.parentElement) {
              if (!clips(getComputedStyle(box))) continue;
              const r = box.getBoundingClientRect();
              if (glyphs.right > r.right + 1 || glyphs.left < r.left - 1 || glyphs.bottom > r.bottom + 1) {
                cut.push(`"${text}" overflows a clipping ${box.tagName.toLowerCase()}.${box.className || '(no class)'}`);
                break;
              }
            }
          }
          return JSON.stringify({
            cardScrollWidth: card.scrollWidth, cardClientWidth: card.clientWidth,
            hostScrollWidth: host.scrollWidth, hostClientWidth: host.clientWidth,
            pageScrollWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth,
            buttons: [...card.querySelectorAll('button.ac-pushButton')].filter(b => b.getClientRects().length > 0).map(b => b.innerText.trim()),
            text: card.innerText,
            texts,
            cut,
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Chromium? chromium;
    private IBrowserContext? context;

    public IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var dist = Path.Combine(RepoPaths.NodeModules, "adaptivecards", "dist");
        if (!File.Exists(Path.Combine(dist, "adaptivecards.min.js")))
        {
            throw new InvalidOperationException($"{dist}/adaptivecards.min.js is missing: run scripts/test (it runs npm ci in scripts/).");
        }

        chromium = await Chromium.LaunchAsync();
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            Locale = "en-GB",
        });
        await Chromium.StayOfflineAsync(context);
        Page = await context.NewPageAsync();
        await Page.SetContentAsync(PageHtml);
        await Page.AddStyleTagAsync(new() { Path = Path.Combine(dist, "adaptivecards.css") });
        await Page.AddScriptTagAsync(new() { Path = Path.Combine(dist, "adaptivecards.min.js") });
        await Page.AddScriptTagAsync(new() { Content = RenderScript });
    }

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
    }

    /// <summary>Renders the card alone in a viewport <paramref name="width"/> px wide and returns the rendered card.</summary>
    public async Task<ILocator> RenderAsync(JsonObject card, int width)
    {
        ArgumentNullException.ThrowIfNull(card);
        await Page.SetViewportSizeAsync(width, 800);
        await Page.EvaluateAsync("json => window.renderCard(JSON.parse(json))", card.ToJsonString());
        var rendered = Page.Locator("#host > .ac-adaptiveCard");
        await rendered.WaitForAsync();
        return rendered;
    }

    public async Task<RenderedCard> MeasureAsync() =>
        JsonSerializer.Deserialize<RenderedCard>(await Page.EvaluateAsync<string>(MeasureScript), Json)!;

    /// <summary>A screenshot of the card and its margin, saved under TestResults/screenshots/cards/.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = RepoPaths.Combine("TestResults", "screenshots", "cards");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.Locator("#host").ScreenshotAsync(new() { Path = path });
        return path;
    }
}

/// <summary>What <see cref="CardRenderer.MeasureAsync"/> found in the rendered card.</summary>
public sealed record RenderedCard(
    int CardScrollWidth,
    int CardClientWidth,
    int HostScrollWidth,
    int HostClientWidth,
    int PageScrollWidth,
    int ViewportWidth,
    IReadOnlyList<string> Buttons,
    string Text,
    int Texts,
    IReadOnlyList<string> Cut);
