using System.Globalization;

namespace TeamsEvalBot.TestSupport;

/// <summary>The real bot, run from its build output as a separate process on a free loopback port.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private BotProcess(ExternalProcess process, int port)
    {
        Process = process;
        Port = port;
    }

    /// <summary>Settings for local mode (no app id), as environment variables.</summary>
    public static IDictionary<string, string> LocalMode(string storageConnectionString) => new Dictionary<string, string>
    {
        ["Storage__ConnectionString"] = storageConnectionString,

        // Local mode, whatever the developer's environment says: the Playground sends no token.
        ["Bot__AppId"] = string.Empty,

        // What local mode needs to start: a developer's machine, and no forwarded headers.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "false",
    };

    public ExternalProcess Process { get; }

    public int Port { get; }

    public Uri MessagesEndpoint => new($"http://127.0.0.1:{Port}/api/messages");

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    /// <summary>The bot's dll for the configuration these tests were built in (Debug unless told otherwise).</summary>
    public static string DllPath
    {
        get
        {
            // The test assembly lives in tests/…/bin/<Configuration>/net10.0/: the bot is built the same way.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return RepoPaths.Combine("src", "TeamsEvalBot", "bin", configuration, "net10.0", "TeamsEvalBot.dll");
        }
    }

    /// <summary>Fails with a clear message when the bot has not been built; the tests never build it themselves.</summary>
    public static string EnsureBuilt()
    {
        var dll = DllPath;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException(
                $"The bot is not built: {dll} is missing. Build the solution first (dotnet build TeamsEvalBot.sln, or scripts/test).");
        }

        return dll;
    }

    /// <summary>Starts the bot in local mode (no app id) against the given table storage and waits until /healthz is healthy.</summary>
    public static Task<BotProcess> StartAsync(string storageConnectionString) => StartAsync(LocalMode(storageConnectionString));

    /// <summary>Starts the bot with the given environment (settings such as Bot__AppId) and waits until /healthz is healthy.</summary>
    public static async Task<BotProcess> StartAsync(IDictionary<string, string> environment, int? port = null)
    {
        var dll = EnsureBuilt();
        var listenOn = port ?? ExternalProcess.FreePort();
        var process = ExternalProcess.Start(
            "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{listenOn.ToString(CultureInfo.InvariantCulture)}"],
            Path.GetDirectoryName(dll)!,
            environment);
        var bot = new BotProcess(process, listenOn);
        try
        {
            await process.WaitForPortAsync(listenOn, StartTimeout);
            await bot.WaitUntilHealthyAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri($"http://127.0.0.1:{Port}/healthz");
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        var last = "no answer";
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited while starting:\n{Process.Output}");
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/healthz did not answer 200 within {StartTimeout} (last: {last}):\n{Process.Output}");
    }
}
