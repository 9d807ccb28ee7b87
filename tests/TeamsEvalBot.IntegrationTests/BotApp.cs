using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>The real bot in memory, on real Azurite, with a recording connector as the far side of Teams.</summary>
public sealed class BotApp(string storageConnectionString, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>, IBotEndpoint
{
    public RecordingConnector Connector { get; } = new();

    /// <summary>Every Table Storage request the bot sent, for the tests that check it reads by key.</summary>
    public StorageRequestRecorder StorageRequests { get; } = new();

    public string StorageConnectionString => storageConnectionString;

    /// <summary>The caller's address as the bot sees it. TestServer has none of its own.</summary>
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await CreateClient().SendAsync(request);
    }

    /// <summary>The drivers' way in: a post with no Authorization header.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity) => PostAsync(activity);

    public Task<HttpResponseMessage> PostWithTokenAsync(JsonNode activity, string token) =>
        PostAsync(activity, new AuthenticationHeaderValue("Bearer", token).ToString());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Local mode, which most tests use, starts only in Development. TestServer listens on no port,
        // so port lists the machine may set (ASPNETCORE_HTTP_PORTS in .NET images) do not apply.
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("http_ports", string.Empty);
        builder.UseSetting("https_ports", string.Empty);
        builder.UseSetting("Storage:ConnectionString", storageConnectionString);
        builder.UseSetting("Connector:Retry:BaseDelay", "00:00:00.010");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddressFilter(() => RemoteAddress));
            services.AddSingleton<Azure.Core.Pipeline.HttpPipelinePolicy>(new TableCallCounter());
            services.AddSingleton<Azure.Core.Pipeline.HttpPipelinePolicy>(StorageRequests);

            // Lets a test's TableCallCounter scope follow its request into the app.
            services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true);
            services.AddFakeLogging();
            configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Connector.Dispose();
        }
    }

    private sealed class RemoteAddressFilter(Func<IPAddress> address) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = address();
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
