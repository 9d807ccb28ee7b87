namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Puts every send, update and delete of an activity through the thread's rate limiter.</summary>
public sealed class ThreadRateLimitHandler(ThreadRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Get && ThreadOf(request.RequestUri) is { } thread)
        {
            await limiter.WaitForSlotAsync(thread, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    // .../v3/conversations/{id}/activities[/{activityId}]
    private static string? ThreadOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/') ?? [];
        var at = Array.IndexOf(segments, "conversations");
        return at >= 0 && at + 2 < segments.Length && segments[at + 2] == "activities" ? Uri.UnescapeDataString(segments[at + 1]) : null;
    }
}
