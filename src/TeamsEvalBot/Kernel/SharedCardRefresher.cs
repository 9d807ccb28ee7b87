using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.ScaleOut;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Keeps each proposal's shared card current. Rating changes are coalesced to at most one update
/// per card per interval, so a burst of 200 ratings costs a handful of PUTs, not 200. The interval
/// holds across instances: an instance claims a card in storage before it updates it.
/// </summary>
public sealed class SharedCardRefresher(
    ProposalCardLoader loader,
    Storage.Workshops.WorkshopStore store,
    ConnectorClient connector,
    CardUpdateClaims claims,
    IOptions<CardUpdateOptions> options,
    TimeProvider clock,
    ILogger<SharedCardRefresher> logger) : BackgroundService
{
    // Cards whose latest change is not on the card yet.
    private readonly Dictionary<CardKey, Pending> pending = [];

    // Each card's latest claim this instance knows of, with its ETag: while that ETag holds, nobody
    // has claimed since, so the next claim needs no read.
    private readonly Dictionary<CardKey, (DateTimeOffset At, Azure.ETag? ETag)> lastClaim = [];
    private readonly SemaphoreSlim signal = new(0);

    private TimeSpan Interval => options.Value.MinimumInterval;

    /// <summary>Notes that a card's counts changed (after the change was saved); it is updated when its interval allows.</summary>
    public void MarkChanged(string workshopId, string proposalId)
    {
        var key = new CardKey(workshopId, proposalId);
        var now = clock.GetUtcNow();
        lock (pending)
        {
            var due = lastClaim.TryGetValue(key, out var last) && last.At + Interval > now ? last.At + Interval : now;
            Merge(key, new Pending(now, due));
        }

        signal.Release();
    }

    /// <summary>Updates one card at once: for state changes such as close and reveal.</summary>
    public async Task UpdateNowAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var key = new CardKey(workshopId, proposalId);
        var now = clock.GetUtcNow();
        lock (pending)
        {
            pending.Remove(key);
        }

        var claimed = await claims.ClaimNowAsync(workshopId, proposalId, now, cancellationToken);
        Record(key, now, claimed);
        await PutAsync(key, cancellationToken);
    }

    /// <summary>Updates every card with pending changes now, whatever the interval: when the host stops, and whenever a caller must see every card current.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, _) in TakeDue(DateTimeOffset.MaxValue))
        {
            await SafelyAsync(key, () => UpdateNowAsync(key.WorkshopId, key.ProposalId, cancellationToken));
        }
    }

    /// <summary>Stops the loop, then sends the pending updates within the host's shutdown timeout, so a stop loses no count.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
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

            // Cards are updated side by side: one slow card must not hold up the others.
            await Task.WhenAll(TakeDue(clock.GetUtcNow()).Select(due => SafelyAsync(due.Key, () => ClaimAndUpdateAsync(due.Key, due.Value, stoppingToken))));
        }
    }

    /// <summary>
    /// Updates the card if this instance wins the claim. A claim made after the change was saved
    /// (by any instance) means that update already read the change, so nothing more is needed.
    /// </summary>
    private async Task ClaimAndUpdateAsync(CardKey key, Pending change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        (DateTimeOffset At, Azure.ETag? ETag)? known;
        lock (pending)
        {
            known = lastClaim.TryGetValue(key, out var claim) ? claim : null;
        }

        if (known?.At >= change.ChangedAt)
        {
            return;
        }

        if (known is { ETag: { } tag } && known.Value.At + Interval <= now
            && await claims.TryClaimAsync(key.WorkshopId, key.ProposalId, now, tag, cancellationToken) is { } quick)
        {
            Record(key, now, quick);
            await PutAsync(key, cancellationToken);
            return;
        }

        var (claimedAt, etag) = await claims.GetAsync(key.WorkshopId, key.ProposalId, cancellationToken);
        if (claimedAt is { } at && (at >= change.ChangedAt || at + Interval > now))
        {
            Record(key, at, etag);
            if (at < change.ChangedAt)
            {
                lock (pending)
                {
                    Merge(key, change with { DueAt = at + Interval });
                }
            }

            return;
        }

        if (await claims.TryClaimAsync(key.WorkshopId, key.ProposalId, now, etag, cancellationToken) is not { } claimed)
        {
            // Another instance claimed it a moment ago: look again at what it claimed.
            lock (pending)
            {
                Merge(key, change with { DueAt = now });
            }

            return;
        }

        Record(key, now, claimed);
        await PutAsync(key, cancellationToken);
    }

    private void Record(CardKey key, DateTimeOffset at, Azure.ETag? etag)
    {
        lock (pending)
        {
            lastClaim[key] = (at, etag);
        }
    }

    private async Task PutAsync(CardKey key, CancellationToken cancellationToken)
    {
        var countedAt = clock.GetUtcNow();
        var model = await loader.LoadAsync(key.WorkshopId, key.ProposalId, cancellationToken);
        if (model?.Progress.CardActivityId is not { } activityId)
        {
            return;
        }

        // Raters' own views in a blind round show this count, so a rating need not read every other
        // rating; with open results the rating reads them all anyway, so nobody reads the count.
        if (model.Workshop.Settings.BlindUntilReveal)
        {
            await store.SaveRatedCountAsync(key.WorkshopId, key.ProposalId, model.Progress.Round, new(model.RatedCount, countedAt), cancellationToken);
        }

        await connector.UpdateActivityAsync(CardMessages.Update(model.Workshop.ServiceUrl, model.Workshop.ConversationId, activityId, ProposalCard.Shared(model)), cancellationToken);
    }

    // Keeps the latest change and the earliest time to look again; the caller holds the lock.
    private void Merge(CardKey key, Pending change) =>
        pending[key] = pending.TryGetValue(key, out var earlier)
            ? new Pending(earlier.ChangedAt > change.ChangedAt ? earlier.ChangedAt : change.ChangedAt, earlier.DueAt < change.DueAt ? earlier.DueAt : change.DueAt)
            : change;

    private TimeSpan? TimeUntilNextDue()
    {
        lock (pending)
        {
            return pending.Count == 0 ? null : pending.Values.Min(p => p.DueAt) - clock.GetUtcNow();
        }
    }

    private List<KeyValuePair<CardKey, Pending>> TakeDue(DateTimeOffset now)
    {
        lock (pending)
        {
            var due = pending.Where(p => p.Value.DueAt <= now).ToList();
            foreach (var (key, _) in due)
            {
                pending.Remove(key);
            }

            return due;
        }
    }

    private async Task SafelyAsync(CardKey key, Func<Task> update)
    {
        try
        {
            await update();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next change retries; a stale count on the shared card is not worth failing a
            // rating for, nor stopping the bot (a background service that throws stops the host).
            WorkshopLog.CardUpdateFailed(logger, ex, key.WorkshopId, key.ProposalId);
        }
    }

    private readonly record struct CardKey(string WorkshopId, string ProposalId);

    /// <summary>When the latest change was saved, and when to try to update the card next.</summary>
    private readonly record struct Pending(DateTimeOffset ChangedAt, DateTimeOffset DueAt);
}
