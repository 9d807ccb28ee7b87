using System.Globalization;
using System.Text.RegularExpressions;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), pointed at the bot,
/// with the committed mock Teams context in scripts/playground.yml.
/// </summary>
public sealed partial class PlaygroundServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string workFolder;

    private PlaygroundServer(ExternalProcess process, string workFolder)
    {
        Process = process;
        this.workFolder = workFolder;
    }

    public ExternalProcess Process { get; }

    public int Port { get; private set; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public static string ConfigPath => Path.Combine(RepoPaths.Scripts, "playground.yml");

    public static async Task<PlaygroundServer> StartAsync(Uri botEndpoint)
    {
        var executable = Path.Combine(RepoPaths.NodeModules, ".bin", "agentsplayground");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run scripts/test (it runs npm ci in scripts/).");
        }

        // It writes a log (and, if asked, recordings) under its working directory: keep that out of the checkout.
        var workFolder = Directory.CreateTempSubdirectory("playground-").FullName;
        var process = ExternalProcess.Start(
            executable,
            [
                "-p", ExternalProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                "-c", "msteams",
                "--disable-telemetry",
                "-e", botEndpoint.ToString(),
            ],
            workFolder,
            new Dictionary<string, string>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = ConfigPath,
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workFolder, "playground.log"),
            });
        var server = new PlaygroundServer(process, workFolder);
        try
        {
            // If the port is taken by then, the Playground quietly picks another one: trust what it says it listens on.
            server.Port = await server.WaitForListeningPortAsync();
            await process.WaitForPortAsync(server.Port, StartTimeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(workFolder, recursive: true);
    }

    private async Task<int> WaitForListeningPortAsync()
    {
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var match = ListeningOn().Match(Process.Output);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited while starting:\n{Process.Output}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The Agents Playground did not say where it listens within {StartTimeout}:\n{Process.Output}");
    }

    [GeneratedRegex(@"^Listening on (\d+)", RegexOptions.Multiline)]
    private static partial Regex ListeningOn();
}
