using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// The far side of the Bot Connector for integration tests: records every call the bot makes,
/// answers as Teams does, and can be told to fail the next calls.
/// </summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> faults = new();
    private readonly ConcurrentQueue<string> invalidMessages = new();
    private readonly ConcurrentQueue<CallWatch> watches = new();
    private int nextId;

    public IReadOnlyCollection<RecordedCall> Calls => calls;

    /// <summary>Whether each message is checked with the official card library on arrival; the load harness turns it off to time the bot, not the checker.</summary>
    public bool ChecksCards { get; init; } = true;

    /// <summary>Members returned by the member and paged-member calls.</summary>
    public List<JsonObject> Members { get; } = [];

    public IEnumerable<JsonNode> SentActivities =>
        calls.Where(c => c.Method == HttpMethod.Post && c.Path.EndsWith("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => c.Body!);

    public IEnumerable<JsonNode> SentCards =>
        SentActivities.SelectMany(a => a["attachments"]?.AsArray() ?? [])
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!);

    public void FailNext(HttpStatusCode status, TimeSpan? retryAfter = null, string code = "Failure") => faults.Enqueue(() =>
    {
        var response = Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "Injected by the test" } });
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    });

    public void Clear() => calls.Clear();

    /// <summary>Completes when the first call that matches has arrived, even before this was asked: a test awaits it rather than polling.</summary>
    public CallWatch WhenCalled(Func<RecordedCall, bool> which)
    {
        var watch = new CallWatch(which, holds: false);
        watches.Enqueue(watch);
        foreach (var call in calls)
        {
            watch.TryArrive(call);
        }

        return watch;
    }

    /// <summary>
    /// Holds the next call that matches: the bot waits for Teams' answer until the test releases it
    /// or the bot goes away. <see cref="CallWatch.Arrived"/> says when the bot is held there.
    /// </summary>
    public CallWatch Hold(Func<RecordedCall, bool> which)
    {
        var watch = new CallWatch(which, holds: true);
        watches.Enqueue(watch);
        return watch;
    }

    /// <summary>
    /// Every message the bot sent or updated was checked on arrival (the official card library and
    /// the 40 KB limit), and a bad one was refused as Teams would refuse it. This says whether any was.
    /// </summary>
    public void AssertAllCardsValid() =>
        Xunit.Assert.True(invalidMessages.IsEmpty, string.Join("\n\n", invalidMessages));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Stamped on arrival, before the body is read: the rate-limit windows are measured from it.
        var at = DateTimeOffset.UtcNow;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new RecordedCall(request.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query, request.Headers.Authorization?.ToString(), string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body), at);
        calls.Enqueue(call);
        foreach (var watch in watches)
        {
            if (watch.TryArrive(call))
            {
                await watch.ReleasedAsync(cancellationToken);
            }
        }

        if (faults.TryDequeue(out var fault))
        {
            return fault();
        }

        if (ChecksCards && call.Body is not null && (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put) && call.Path.Contains("/activities", StringComparison.Ordinal))
        {
            try
            {
                await CardAssert.ValidMessageAsync(call.Body, $"{request.Method} {call.Path}");
            }
            catch (Xunit.Sdk.XunitException problem)
            {
                invalidMessages.Enqueue(problem.Message);
                return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = new JsonObject { ["code"] = "BadArgument", ["message"] = problem.Message } });
            }
        }

        if (request.Method == HttpMethod.Post && call.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.Created, new JsonObject { ["id"] = $"a:personal-{Interlocked.Increment(ref nextId)}" });
        }

        if (request.Method == HttpMethod.Post)
        {
            return Json(HttpStatusCode.Created, new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref nextId)}" });
        }

        if (request.Method == HttpMethod.Put)
        {
            return Json(HttpStatusCode.OK, new JsonObject { ["id"] = call.Path.Split('/')[^1] });
        }

        if (request.Method == HttpMethod.Get && call.Path.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, new JsonObject { ["members"] = new JsonArray([.. Members.Select(m => (JsonNode)m.DeepClone())]) });
        }

        if (request.Method == HttpMethod.Get && call.Path.Contains("/members/", StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(call.Path.Split('/')[^1]);
            var member = Members.FirstOrDefault(m => m["id"]?.GetValue<string>() == id);
            return member is null
                ? Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation", ["message"] = "Not found" } })
                : Json(HttpStatusCode.OK, member.DeepClone());
        }

        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };
}

/// <summary>A test's watch for one connector call: it arrives once, and a hold keeps the bot waiting for its answer until released.</summary>
public sealed class CallWatch
{
    private readonly Func<RecordedCall, bool> which;
    private readonly bool holds;
    private readonly TaskCompletionSource<RecordedCall> arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int taken;

    internal CallWatch(Func<RecordedCall, bool> which, bool holds)
    {
        this.which = which;
        this.holds = holds;
    }

    public Task<RecordedCall> Arrived => arrived.Task;

    public void Release() => released.TrySetResult();

    /// <summary>True for the first call that matches, which is the one watched.</summary>
    internal bool TryArrive(RecordedCall call)
    {
        if (!which(call) || Interlocked.Exchange(ref taken, 1) != 0)
        {
            return false;
        }

        arrived.TrySetResult(call);
        return true;
    }

    internal Task ReleasedAsync(CancellationToken cancellationToken) => holds ? released.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
}

public sealed record RecordedCall(HttpMethod Method, string Path, string Query, string? Authorization, JsonNode? Body, DateTimeOffset At);
