using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// The real bot as Teams meets it: one or more bot processes over loopback HTTP with authentication
/// on, Azurite, the local identity server (which signs the inbound tokens and serves the bot's
/// outbound ones through the managed-identity endpoint) and an HTTP recording connector.
/// </summary>
public sealed class LiveBot : IBotEndpoint, IAsyncDisposable
{
    public const string AppId = "5b7e3c1a-9d2f-4e6b-8a10-2c4d6e8f0a12";

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<BotProcess> instances = [];
    private int next;
    private string? channelToken;
    private DateTimeOffset channelTokenAt;

    private LiveBot(Azurite azurite, LocalIdentityServer identity, ConnectorServer connector)
    {
        Azurite = azurite;
        Identity = identity;
        ConnectorServer = connector;
    }

    public Azurite Azurite { get; }

    public LocalIdentityServer Identity { get; }

    public ConnectorServer ConnectorServer { get; }

    public RecordingConnector Connector => ConnectorServer.Connector;

    public string StorageConnectionString => Azurite.ConnectionString;

    public IReadOnlyList<BotProcess> Instances => instances;

    /// <summary>The serviceUrl Teams would send: the recording connector's address.</summary>
    public string ServiceUrl => ConnectorServer.ServiceUrl;

    /// <param name="storageInMemory">Azurite without its data folder: see <see cref="Azurite.StartAsync"/>.</param>
    public static async Task<LiveBot> StartAsync(int instanceCount = 1, IDictionary<string, string>? extraSettings = null, bool checkCards = true, bool storageInMemory = false)
    {
        BotProcess.EnsureBuilt();
        var azurite = await Azurite.StartAsync(storageInMemory);
        var identity = await LocalIdentityServer.StartAsync();
        var connector = await ConnectorServer.StartAsync(new RecordingConnector { ChecksCards = checkCards });
        var live = new LiveBot(azurite, identity, connector);
        try
        {
            for (var i = 0; i < instanceCount; i++)
            {
                live.instances.Add(await BotProcess.StartAsync(live.Settings(extraSettings)));
            }
        }
        catch
        {
            await live.DisposeAsync();
            throw;
        }

        return live;
    }

    /// <summary>The bot's settings, as environment variables, with authentication on.</summary>
    public IDictionary<string, string> Settings(IDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = Azurite.ConnectionString,
            ["Bot__AppId"] = AppId,
            ["Bot__TenantId"] = LocalIdentityServer.TenantId,
            ["Bot__AppType"] = "UserAssignedMSI",
            ["Bot__ManagedIdentityClientId"] = AppId,
            ["Bot__BotFrameworkOpenIdMetadataUrl"] = Identity.BotFrameworkMetadataUrl.ToString(),
            ["Bot__EntraAuthority"] = Identity.BaseUrl.ToString().TrimEnd('/'),
            ["IDENTITY_ENDPOINT"] = new Uri(Identity.BaseUrl, "msi/token").ToString(),
            ["IDENTITY_HEADER"] = "local-identity-header",
            ["Diagnostics__Counters"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Stops one instance hard (SIGKILL), as a crash would.</summary>
    public async Task KillAsync(int instance)
    {
        instances[instance].Process.Signal("KILL");
        await instances[instance].DisposeAsync();
    }

    /// <summary>Starts an instance again on its old port, with the same settings.</summary>
    public async Task RestartAsync(int instance, IDictionary<string, string>? extraSettings = null) =>
        instances[instance] = await BotProcess.StartAsync(Settings(extraSettings), instances[instance].Port);

    /// <summary>
    /// A token as the Bot Framework signs it for this bot and this serviceUrl. One is reused for
    /// ten minutes (it is valid for thirty), as Teams does: an RSA signature per request would
    /// put the harness's own cost into the figures.
    /// </summary>
    public string ChannelToken()
    {
        lock (http)
        {
            if (channelToken is null || DateTimeOffset.UtcNow - channelTokenAt > TimeSpan.FromMinutes(10))
            {
                channelToken = TokenFactory.Create(new TokenFactory.Spec { Audience = AppId, ServiceUrl = ServiceUrl });
                channelTokenAt = DateTimeOffset.UtcNow;
            }

            return channelToken;
        }
    }

    /// <summary>Posts an activity to the next instance in turn, with a valid channel token.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity) => SendAsync(activity, "Bearer " + ChannelToken());

    /// <summary>Posts an activity to the next instance in turn, with the given Authorization header (or none).</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity, string? authorization)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity["serviceUrl"] = ServiceUrl;
        return SendRawAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), authorization);
    }

    /// <summary>Posts any bytes to /api/messages of the next instance in turn.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(byte[] body, string? authorization)
    {
        var instance = instances[(int)((uint)Interlocked.Increment(ref next) % (uint)instances.Count)];
        using var request = new HttpRequestMessage(HttpMethod.Post, instance.MessagesEndpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The bot instances' own counters (GET /diagnostics/counters), summed.</summary>
    public async Task<BotCounters> CountersAsync()
    {
        var total = new BotCounters(0, 0, 0, 0);
        foreach (var instance in instances)
        {
            var body = JsonNode.Parse(await http.GetStringAsync(new Uri(instance.BaseUrl, "diagnostics/counters")))!;
            var rate = body["verbs"]?["rate"];
            total = new BotCounters(
                total.StorageRequests + body["storageRequests"]!.GetValue<long>(),
                Math.Max(total.PeakWorkingSetBytes, body["peakWorkingSetBytes"]!.GetValue<long>()),
                total.Ratings + (rate?["calls"]?.GetValue<long>() ?? 0),
                total.RatingRoundTrips + (rate?["roundTrips"]?.GetValue<long>() ?? 0));
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await ConnectorServer.DisposeAsync();
        await Identity.DisposeAsync();
        await Azurite.DisposeAsync();
        http.Dispose();
    }
}

/// <summary>
/// Storage requests made (retries included, a batch is one), the largest peak working set among the
/// instances, and the ratings answered with the storage round trips on their answers' paths.
/// </summary>
public sealed record BotCounters(long StorageRequests, long PeakWorkingSetBytes, long Ratings, long RatingRoundTrips);
