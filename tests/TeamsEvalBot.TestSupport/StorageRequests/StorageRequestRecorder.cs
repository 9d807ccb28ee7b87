using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Records every Table Storage request the bot sends (retries included; a batch is one), as a
/// pipeline policy the bot adds to its table client. A test reads what was sent since a
/// <see cref="Mark"/>, or only what its own async flow sent (<see cref="RecordFlow"/>), which
/// leaves out background work such as the shared cards' refresher.
/// </summary>
public sealed class StorageRequestRecorder : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<FlowRecording?> CurrentFlow = new();
    private readonly List<StorageRequest> requests = [];

    /// <summary>How many requests were recorded so far: pass it to <see cref="Since"/>.</summary>
    public int Mark
    {
        get
        {
            lock (requests)
            {
                return requests.Count;
            }
        }
    }

    public IReadOnlyList<StorageRequest> Since(int mark)
    {
        lock (requests)
        {
            return requests[mark..];
        }
    }

    /// <summary>Records, besides, the requests sent on the caller's async flow until disposed.</summary>
    public FlowRecording RecordFlow()
    {
        var flow = new FlowRecording();
        CurrentFlow.Value = flow;
        return flow;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = StorageRequest.Read(message.Request.Method.Method, message.Request.Uri.ToUri());
        lock (requests)
        {
            requests.Add(request);
        }

        CurrentFlow.Value?.Add(request);
    }

    public sealed class FlowRecording : IDisposable
    {
        private readonly List<StorageRequest> requests = [];

        public IReadOnlyList<StorageRequest> Requests
        {
            get
            {
                lock (requests)
                {
                    return [.. requests];
                }
            }
        }

        public void Dispose() => CurrentFlow.Value = null;

        internal void Add(StorageRequest request)
        {
            lock (requests)
            {
                requests.Add(request);
            }
        }
    }
}
