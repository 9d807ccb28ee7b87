using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Protocol.Auth;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// POST /api/messages. Checks run in a fixed order, each with its own answer: size (413),
/// JSON and type (400), channel (403), token (401), tenant (403). Only then is the activity
/// handled: an invoke is answered with its invoke response, anything else with 200.
/// </summary>
public static partial class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotOptions> options,
        InboundAuthenticator authenticator,
        TenantGate tenants,
        ActivityDispatcher dispatcher,
        ILogger<ActivityDispatcher> logger)
    {
        var cancellationToken = http.RequestAborted;
        var body = await RequestBody.ReadAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            LogTooLarge(logger, http.Request.ContentLength);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Message);
            return Results.BadRequest();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            LogMalformed(logger, "The activity has no type.");
            return Results.BadRequest();
        }

        // Before the token: a channel the bot does not serve is refused whoever signed it, at no key fetch.
        if (!ChannelGate.IsAllowed(activity))
        {
            LogForeignChannel(logger, activity.ChannelId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity, http.Connection.RemoteIpAddress, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthenticated(logger, auth.FailureReason, http.Connection.RemoteIpAddress?.ToString());
            return Results.Unauthorized();
        }

        if (!tenants.IsAllowed(activity))
        {
            LogForeignTenant(logger, activity.TenantId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        try
        {
            var invokeResponse = await dispatcher.DispatchAsync(activity, cancellationToken);
            if (invokeResponse is null)
            {
                return Results.Ok();
            }

            return invokeResponse.Body is null
                ? Results.StatusCode(invokeResponse.Status)
                : Results.Json(invokeResponse.Body, ProtocolJson.Options, statusCode: invokeResponse.Status);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, activity.Type, activity.Name);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Refused a request body over the limit (Content-Length {ContentLength})")]
    private static partial void LogTooLarge(ILogger logger, long? contentLength);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Refused a malformed activity: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refused an unauthenticated request from {RemoteAddress}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, string? reason, string? remoteAddress);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Refused an activity from tenant {TenantId}, which is not allowed")]
    private static partial void LogForeignTenant(ILogger logger, string? tenantId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Handling a {ActivityType} activity ({InvokeName}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? activityType, string? invokeName);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Refused an activity from channel '{ChannelId}': only msteams is served")]
    private static partial void LogForeignChannel(ILogger logger, string? channelId);
}
