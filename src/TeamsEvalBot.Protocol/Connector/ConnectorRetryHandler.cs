using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// Retries what Teams says may be retried: 429 (after Retry-After), 412, 502, 503 and 504, with
/// exponential backoff and ±20 % jitter. Everything else is final.
/// </summary>
public sealed partial class ConnectorRetryHandler(
    IOptions<ConnectorRetryOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    private static readonly HashSet<HttpStatusCode> Retryable =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var mediaType = request.Content?.Headers.ContentType;
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!Retryable.Contains(response.StatusCode) || attempt >= settings.MaxRetries)
            {
                return response;
            }

            var delay = DelayFor(response, attempt, settings);
            if (delay is null)
            {
                return response;
            }

            LogRetry(logger, request.Method, request.RequestUri, (int)response.StatusCode, attempt + 1, delay.Value);
            response.Dispose();
            await Task.Delay(delay.Value, timeProvider, cancellationToken);

            // A request message can be sent only once; its body is rebuilt for the next attempt.
            request = Clone(request, body, mediaType);
        }
    }

    private TimeSpan? DelayFor(HttpResponseMessage response, int attempt, ConnectorRetryOptions settings)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta <= settings.MaxRetryAfter ? delta : null;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait <= settings.MaxRetryAfter ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) : null;
        }

        var backoff = settings.BaseDelay * Math.Pow(2, attempt);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        var jittered = backoff * jitter;
        return jittered < settings.MaxDelay ? jittered : settings.MaxDelay;
    }

    private static HttpRequestMessage Clone(HttpRequestMessage original, byte[]? body, System.Net.Http.Headers.MediaTypeHeaderValue? mediaType)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            copy.Content.Headers.ContentType = mediaType;
        }

        return copy;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Connector {Method} {Uri} answered {Status}; retry {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, HttpMethod method, Uri? uri, int status, int attempt, TimeSpan delay);
}
