using Microsoft.Playwright;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// Everything the end-to-end tests drive, started once for the collection: Azurite, the real bot process,
/// the Agents Playground pointed at it, and Debian's Chromium through Playwright (<see cref="Chromium"/>).
/// Each test opens its own browser context, so it starts from an empty Playground page.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> started = [];
    private Chromium? chromium;

    public Azurite Azurite { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public PlaygroundServer Playground { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The other people in scripts/playground.yml, who act through the Playground's custom activities.</summary>
    public PlaygroundUsers Users => new(Playground.Url);

    /// <summary>A proposal's agreed position as stored, read with the bot's own store.</summary>
    public async Task<TeamsEvalBot.Domain.Reconciliation.AgreedPosition?> AgreedAsync(string workshopId, string proposalId)
    {
        var tables = new TeamsEvalBot.Storage.TableStore(Microsoft.Extensions.Options.Options.Create(new TeamsEvalBot.Storage.StorageOptions { ConnectionString = Azurite.ConnectionString }), []);
        return (await new TeamsEvalBot.Storage.Workshops.AgreedPositionStore(tables).GetAsync(workshopId, proposalId, CancellationToken.None))?.Value;
    }

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
            chromium = await Chromium.LaunchAsync();
            Browser = chromium.Browser;
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
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
            chromium = null;
            Browser = null!;
        }

        // Stop in reverse order: the Playground before the bot, the bot before its storage.
        for (var i = started.Count - 1; i >= 0; i--)
        {
            await started[i].DisposeAsync();
        }

        started.Clear();
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
            await Chromium.StayOfflineAsync(context);
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

    private static string Tail(string? output, int lines = 40)
    {
        if (string.IsNullOrEmpty(output))
        {
            return "(none)";
        }

        var all = output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
