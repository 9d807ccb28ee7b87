using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Counts Table Storage transactions (HTTP requests, retries included; a batch is one) made inside
/// a scope. The scope follows the async flow, so a background task's calls are not counted.
/// </summary>
public sealed class TableCallCounter : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<Scope?> Current = new();

    public static Scope Begin()
    {
        var scope = new Scope();
        Current.Value = scope;
        return scope;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (Current.Value is { } scope)
        {
            Interlocked.Increment(ref scope.calls);
        }
    }

    public sealed class Scope : IDisposable
    {
        internal int calls;

        public int Count => Volatile.Read(ref calls);

        public void Dispose() => Current.Value = null;
    }
}
