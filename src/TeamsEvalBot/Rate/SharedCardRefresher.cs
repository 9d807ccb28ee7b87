using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Workshops.Cards.Proposals;

namespace TeamsEvalBot.Rate;

/// <summary>
/// Keeps each proposal's shared card current. Rating changes are coalesced to at most one update
/// per card per interval, so a burst of 200 ratings costs a handful of PUTs, not 200.
/// </summary>
public sealed class SharedCardRefresher(
    ProposalCardLoader loader,
    ConnectorClient connector,
    IOptions<CardUpdateOptions> options,
    TimeProvider clock,
    ILogger<SharedCardRefresher> logger) : BackgroundService
{
    private readonly Dictionary<(string WorkshopId, string ProposalId), DateTimeOffset> lastUpdate = [];
    private readonly HashSet<(string WorkshopId, string ProposalId)> pending = [];
    private readonly SemaphoreSlim signal = new(0);

    /// <summary>Notes that a card's counts changed; it is updated when its interval allows.</summary>
    public void MarkChanged(string workshopId, string proposalId)
    {
        lock (pending)
        {
            pending.Add((workshopId, proposalId));
        }

        signal.Release();
    }

    /// <summary>Updates one card at once: for state changes such as close and reveal.</summary>
    public async Task UpdateNowAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        lock (pending)
        {
            pending.Remove((workshopId, proposalId));
            lastUpdate[(workshopId, proposalId)] = clock.GetUtcNow();
        }

        var model = await loader.LoadAsync(workshopId, proposalId, cancellationToken);
        if (model?.Progress.CardActivityId is not { } activityId)
        {
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Id = activityId,
            ServiceUrl = model.Workshop.ServiceUrl,
            Conversation = new ConversationAccount { Id = model.Workshop.ConversationId },
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = ProposalCard.Shared(model) }],
        };
        await connector.UpdateActivityAsync(update, cancellationToken);
    }

    /// <summary>Updates every card with pending changes now, whatever the interval; used at shutdown and by tests.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (workshopId, proposalId) in TakeDue(DateTimeOffset.MaxValue))
        {
            await UpdateSafelyAsync(workshopId, proposalId, cancellationToken);
        }
    }

    public override void Dispose()
    {
        signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = TimeUntilNextDue();
            if (wait is null)
            {
                await signal.WaitAsync(stoppingToken);
            }
            else if (wait > TimeSpan.Zero)
            {
                using var cancelDelay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(signal.WaitAsync(cancelDelay.Token), Task.Delay(wait.Value, clock, cancelDelay.Token));
                await cancelDelay.CancelAsync();
            }

            foreach (var (workshopId, proposalId) in TakeDue(clock.GetUtcNow()))
            {
                await UpdateSafelyAsync(workshopId, proposalId, stoppingToken);
            }
        }
    }

    private TimeSpan? TimeUntilNextDue()
    {
        lock (pending)
        {
            if (pending.Count == 0)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            return pending.Min(key => DueAt(key) - now);
        }
    }

    private List<(string, string)> TakeDue(DateTimeOffset now)
    {
        lock (pending)
        {
            var due = pending.Where(key => DueAt(key) <= now).ToList();
            foreach (var key in due)
            {
                pending.Remove(key);
                lastUpdate[key] = clock.GetUtcNow();
            }

            return due;
        }
    }

    private DateTimeOffset DueAt((string, string) key) =>
        lastUpdate.TryGetValue(key, out var last) ? last + options.Value.MinimumInterval : DateTimeOffset.MinValue;

    private async Task UpdateSafelyAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        try
        {
            await UpdateNowAsync(workshopId, proposalId, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or Azure.RequestFailedException)
        {
            // The next change retries; a stale count on the shared card is not worth failing a rating for.
            WorkshopLog.CardUpdateFailed(logger, ex, workshopId, proposalId);
        }
    }
}
