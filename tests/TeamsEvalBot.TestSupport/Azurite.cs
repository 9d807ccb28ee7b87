namespace TeamsEvalBot.TestSupport;

/// <summary>A real Azurite table service on a free loopback port, with its data in a temporary folder.</summary>
public sealed class Azurite : IAsyncDisposable
{
    // The well-known development account key, published in Azurite's documentation.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string dataFolder;

    private Azurite(ExternalProcess process, int port, string dataFolder)
    {
        Process = process;
        Port = port;
        this.dataFolder = dataFolder;
    }

    public ExternalProcess Process { get; }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public Azure.Data.Tables.TableServiceClient Service => new(ConnectionString);

    public Azure.Data.Tables.TableClient Table(string name) => Service.GetTableClient(name);

    public static async Task<Azurite> StartAsync()
    {
        var executable = Path.Combine(RepoPaths.NodeModules, ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run scripts/test (it runs npm ci in scripts/).");
        }

        var port = ExternalProcess.FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var process = ExternalProcess.Start(
            executable,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", dataFolder, "--disableTelemetry", "--skipApiVersionCheck"],
            dataFolder);
        var azurite = new Azurite(process, port, dataFolder);
        try
        {
            await process.WaitForPortAsync(port, TimeSpan.FromSeconds(30));
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }
}
