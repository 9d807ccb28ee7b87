using System.Collections;
using Microsoft.Playwright;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// Everything the end-to-end tests drive, started once for the collection: Azurite, the real bot process,
/// the Agents Playground pointed at it, and Debian's Chromium through Playwright (never a downloaded browser).
/// Each test opens its own browser context, so it starts from an empty Playground page.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags that make Debian's Chromium work headless here and keep it off the network.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly List<IAsyncDisposable> started = [];
    private string? browserHome;
    private IPlaywright? playwright;

    public Azurite Azurite { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public PlaygroundServer Playground { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The other people in scripts/playground.yml, who act through the Playground's custom activities.</summary>
    public PlaygroundUsers Users => new(Playground.Url);

    public async Task InitializeAsync()
    {
        BotProcess.EnsureBuilt();
        try
        {
            Azurite = await Azurite.StartAsync();
            started.Add(Azurite);
            Bot = await BotProcess.StartAsync(Azurite.ConnectionString);
            started.Add(Bot);
            Playground = await PlaygroundServer.StartAsync(Bot.MessagesEndpoint);
            started.Add(Playground);
            Browser = await LaunchChromiumAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        // Safe to call twice: a failed start disposes what it started, and xunit may dispose again.
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            Browser = null!;
        }

        playwright?.Dispose();
        playwright = null;

        // Stop in reverse order: the Playground before the bot, the bot before its storage.
        for (var i = started.Count - 1; i >= 0; i--)
        {
            await started[i].DisposeAsync();
        }

        started.Clear();
        if (browserHome is not null && Directory.Exists(browserHome))
        {
            Directory.Delete(browserHome, recursive: true);
        }

        browserHome = null;
    }

    /// <summary>A fresh browser context on the Playground, with every request that is not to this machine aborted.</summary>
    public async Task<PlaygroundPage> OpenPlaygroundAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        try
        {
            await context.RouteAsync("**/*", async route =>
            {
                if (IsLocal(route.Request.Url))
                {
                    await route.ContinueAsync();
                }
                else
                {
                    await route.AbortAsync();
                }
            });
            context.SetDefaultTimeout(15_000);
            var page = await context.NewPageAsync();
            var playgroundPage = new PlaygroundPage(context, page, Diagnostics);
            await playgroundPage.OpenAsync(Playground.Url);
            return playgroundPage;
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    /// <summary>The end of the bot's and the Playground's output, for failure messages.</summary>
    public string Diagnostics() =>
        $"--- bot output (end) ---\n{Tail(Bot?.Process.Output)}\n--- Playground output (end) ---\n{Tail(Playground?.Process.Output)}";

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "data" or "blob" || uri.Host is "localhost" or "127.0.0.1");

    private static string Tail(string? output, int lines = 40)
    {
        if (string.IsNullOrEmpty(output))
        {
            return "(none)";
        }

        var all = output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (scripts/test does). Never run 'playwright install'.");
        }

        // Chromium writes its profile, crash reports and caches under XDG folders: keep them out of the home folder.
        browserHome = Directory.CreateTempSubdirectory("chromium-home-").FullName;
        var environment = new Dictionary<string, string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? string.Empty;
        }

        environment["XDG_CONFIG_HOME"] = Path.Combine(browserHome, "config");
        environment["XDG_CACHE_HOME"] = Path.Combine(browserHome, "cache");

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Env = environment,
        });
    }
}

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
