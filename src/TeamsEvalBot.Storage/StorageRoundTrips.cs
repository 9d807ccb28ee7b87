using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsEvalBot.Storage;

/// <summary>
/// Counts, per card verb, the storage round trips on the answer's critical path: requests that
/// overlap in time (reads made in parallel) count as one. The load harness reports it per rating.
/// </summary>
public sealed class StorageRoundTrips : HttpPipelinePolicy
{
    private static readonly AsyncLocal<Trace?> Current = new();
    private readonly ConcurrentDictionary<string, VerbTotals> totals = new(StringComparer.Ordinal);

    /// <summary>Every traced verb's totals so far.</summary>
    public IReadOnlyDictionary<string, VerbTotals> Totals => totals;

    /// <summary>Traces the storage requests of the calling flow until disposed, under <paramref name="verb"/>.</summary>
    public IDisposable Begin(string verb)
    {
        var trace = new Trace(this, verb);
        Current.Value = trace;
        return trace;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var trace = Current.Value;
        trace?.Started();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            trace?.Ended();
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var trace = Current.Value;
        trace?.Started();
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            trace?.Ended();
        }
    }

    private void Add(string verb, int roundTrips, int requests) =>
        totals.AddOrUpdate(verb, new VerbTotals(1, roundTrips, requests), (_, t) => new VerbTotals(t.Calls + 1, t.RoundTrips + roundTrips, t.Requests + requests));

    /// <summary>One verb's calls, and the round trips and requests they made on their answers' paths.</summary>
    public sealed record VerbTotals(long Calls, long RoundTrips, long Requests);

    private sealed class Trace(StorageRoundTrips owner, string verb) : IDisposable
    {
        private int inFlight;
        private int roundTrips;
        private int requests;
        private bool done;

        public void Started()
        {
            lock (this)
            {
                if (done)
                {
                    return;
                }

                requests++;
                if (inFlight++ == 0)
                {
                    roundTrips++;
                }
            }
        }

        public void Ended()
        {
            lock (this)
            {
                inFlight--;
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                if (done)
                {
                    return;
                }

                done = true;
            }

            Current.Value = null;
            owner.Add(verb, roundTrips, requests);
        }
    }
}
