namespace TeamsEvalBot.TestSupport;

/// <summary>A real Azurite table service on a free loopback port, with its data in a temporary folder.</summary>
public sealed class Azurite : IAsyncDisposable
{
    // The well-known development account key, published in Azurite's documentation.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string dataFolder;
    private readonly bool inMemory;

    private Azurite(ExternalProcess process, int port, string dataFolder, bool inMemory)
    {
        Process = process;
        Port = port;
        this.dataFolder = dataFolder;
        this.inMemory = inMemory;
    }

    public ExternalProcess Process { get; private set; }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public Azure.Data.Tables.TableServiceClient Service => new(ConnectionString);

    public Azure.Data.Tables.TableClient Table(string name) => Service.GetTableClient(name);

    private static string Executable => Path.Combine(RepoPaths.NodeModules, ".bin", "azurite-table");

    /// <param name="inMemory">
    /// Keeps the data in memory only. With a data folder, Azurite writes its whole database every
    /// 5 s, and while it does it answers nothing: the load harness times the bot, not that pause.
    /// </param>
    public static async Task<Azurite> StartAsync(bool inMemory = false)
    {
        var executable = Executable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run scripts/test (it runs npm ci in scripts/).");
        }

        var port = ExternalProcess.FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var azurite = new Azurite(Launch(executable, port, dataFolder, inMemory), port, dataFolder, inMemory);
        try
        {
            await azurite.Process.WaitForPortAsync(port, TimeSpan.FromSeconds(30));
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    /// <summary>
    /// Stops Azurite as an operator would, letting it save its data. Azurite's table service saves on
    /// SIGINT only; SIGTERM ends it at once and loses up to 5 s of writes (it saves every 5 s).
    /// </summary>
    public async Task StopGracefullyAsync()
    {
        Process.Signal("INT");
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15);
        while (!Process.HasExited)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Azurite did not exit within 15 s of SIGINT:\n{Process.Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Starts Azurite again on the same port and data folder, after <see cref="StopGracefullyAsync"/>.</summary>
    public async Task StartAgainAsync()
    {
        await Process.DisposeAsync();
        Process = Launch(Executable, Port, dataFolder, inMemory);
        await Process.WaitForPortAsync(Port, TimeSpan.FromSeconds(30));
    }

    // Azurite refuses --inMemoryPersistence with --location; the folder is then only the working directory.
    private static ExternalProcess Launch(string executable, int port, string dataFolder, bool inMemory) => ExternalProcess.Start(
        executable,
        ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. inMemory ? ["--inMemoryPersistence"] : new[] { "--location", dataFolder }, "--disableTelemetry", "--skipApiVersionCheck"],
        dataFolder);

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }
}
