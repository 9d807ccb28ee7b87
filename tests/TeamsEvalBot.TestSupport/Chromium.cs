using System.Collections;
using Microsoft.Playwright;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Debian's Chromium, driven by Playwright, headless and off the network. Playwright never downloads
/// a browser here: it drives /usr/bin/chromium. Chromium's profile and caches go to a temporary
/// folder (XDG_CONFIG_HOME and XDG_CACHE_HOME), never to the home folder.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // The flags that make Debian's Chromium work headless here and keep it off the network.
    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly string home;

    private Chromium(IPlaywright playwright, IBrowser browser, string home)
    {
        this.playwright = playwright;
        Browser = browser;
        this.home = home;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (scripts/test does). Never run 'playwright install'.");
        }

        var home = Directory.CreateTempSubdirectory("chromium-home-").FullName;
        var environment = new Dictionary<string, string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? string.Empty;
        }

        environment["XDG_CONFIG_HOME"] = Path.Combine(home, "config");
        environment["XDG_CACHE_HOME"] = Path.Combine(home, "cache");

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Args,
                Env = environment,
            });
            return new Chromium(playwright, browser, home);
        }
        catch
        {
            playwright?.Dispose();
            Directory.Delete(home, recursive: true);
            throw;
        }
    }

    /// <summary>True for addresses on this machine (and data: or blob: URLs); every other request is aborted.</summary>
    public static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "data" or "blob" || uri.Host is "localhost" or "127.0.0.1");

    /// <summary>Aborts every request in the context that would leave this machine.</summary>
    public static Task StayOfflineAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteAsync("**/*", async route =>
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
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
