using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// In local mode a caller is trusted for its loopback address alone. A proxy, a tunnel or a sidecar
/// on this machine would make every caller loopback; they add forwarding headers or name their own
/// host, so in local mode such a request is refused with 403 on every path, before anything runs.
/// </summary>
public sealed partial class LocalModeRequestGuard(RequestDelegate next, IOptions<BotOptions> options, ILogger<LocalModeRequestGuard> logger)
{
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded"];

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public Task InvokeAsync(HttpContext context)
    {
        if (options.Value.IsLocalMode && Refusal(context.Request) is { } reason)
        {
            LogRefused(logger, context.Request.Method, context.Request.Path, reason);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static string? Refusal(HttpRequest request)
    {
        if (ForwardingHeaders.FirstOrDefault(request.Headers.ContainsKey) is { } header)
        {
            return $"it carries {header}, so it came through a proxy";
        }

        return LoopbackHosts.Contains(request.Host.Host, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"its Host '{request.Host}' is not localhost, 127.0.0.1 or [::1]";
    }

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Local mode refused {Method} {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string reason);
}

public static class LocalModeRequestGuardExtensions
{
    public static IApplicationBuilder UseLocalModeGuard(this IApplicationBuilder app) => app.UseMiddleware<LocalModeRequestGuard>();
}
