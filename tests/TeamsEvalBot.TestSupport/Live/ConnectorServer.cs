using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// A <see cref="RecordingConnector"/> served over real HTTP on loopback, so a bot running as its own
/// process can use it as its serviceUrl: it records, times, checks the cards and injects faults.
/// </summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpMessageInvoker invoker;

    private ConnectorServer(WebApplication app, RecordingConnector connector, int port)
    {
        this.app = app;
        Connector = connector;
        invoker = new HttpMessageInvoker(connector, disposeHandler: false);
        ServiceUrl = $"http://127.0.0.1:{port}/teams/";
    }

    public RecordingConnector Connector { get; }

    /// <summary>The serviceUrl to put on activities; the bot sends its replies here.</summary>
    public string ServiceUrl { get; }

    public static async Task<ConnectorServer> StartAsync(RecordingConnector? connector = null)
    {
        var port = ExternalProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ConnectorServer(app, connector ?? new RecordingConnector(), port);
        app.Run(server.ForwardAsync);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        invoker.Dispose();
        Connector.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri($"http://127.0.0.1{context.Request.Path}{context.Request.QueryString}"));
        if (context.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(context.Request.Headers.Authorization.ToString());
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Request.ContentType ?? "application/json");
        }

        using var response = await invoker.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Headers.RetryAfter is { Delta: { } delay })
        {
            context.Response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (response.Content is not null)
        {
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
