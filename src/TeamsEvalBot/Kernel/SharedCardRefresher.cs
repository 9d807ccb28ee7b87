using System.Net;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.ScaleOut;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Keeps each proposal's shared card current. Rating changes are coalesced to at most one update
/// per card per interval, so a burst of 200 ratings costs a handful of PUTs, not 200. The interval
/// holds across instances: an instance claims a card in storage before it updates it. An update
/// that fails is tried again, later each time, until it lands or Teams says the card is gone.
/// </summary>
public sealed class SharedCardRefresher(
    ProposalCardLoader loader,
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

    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromMinutes(5);

    private TimeSpan Interval => options.Value.MinimumInterval;

    /// <summary>Notes that a card's counts changed (after the change was saved); it is updated when its interval allows.</summary>
    public void MarkChanged(string workshopId, string proposalId)
    {
        var key = new CardKey(workshopId, proposalId);
        var now = clock.GetUtcNow();
        lock (pending)
        {
            var due = lastClaim.TryGetValue(key, out var last) && last.At + Interval > now ? last.At + Interval : now;
            Merge(key, new Pending(now, due, Failures: 0));
        }

        signal.Release();
    }

    /// <summary>
    /// Updates one card at once: for state changes such as close and reveal. It does not throw: the
    /// change is saved already, and a failed update is tried again in the background.
    /// </summary>
    public async Task UpdateNowAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        try
        {
            await RedrawNowAsync(workshopId, proposalId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Dated after any claim the failed try made.
            Failed(new CardKey(workshopId, proposalId), ex, clock.GetUtcNow().AddTicks(1), failures: 1);
        }
    }

    /// <summary>Updates one card at once, and throws if that fails: for a caller that must know, such as an erasure that resumes.</summary>
    public async Task RedrawNowAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var key = new CardKey(workshopId, proposalId);
        var now = clock.GetUtcNow();
        lock (pending)
        {
            pending.Remove(key);
        }

        Record(key, now, await claims.ClaimNowAsync(workshopId, proposalId, now, cancellationToken));
        await PutAsync(key, cancellationToken);
    }

    /// <summary>Updates every card with pending changes now, whatever the interval: when the host stops, and whenever a caller must see every card current.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, _) in TakeDue(DateTimeOffset.MaxValue))
        {
            await UpdateNowAsync(key.WorkshopId, key.ProposalId, cancellationToken);
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
            await Task.WhenAll(TakeDue(clock.GetUtcNow()).Select(due => SafelyAsync(due.Key, due.Value, stoppingToken)));
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
            await PutOrRetryAsync(key, now, change.Failures, cancellationToken);
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
        await PutOrRetryAsync(key, now, change.Failures, cancellationToken);
    }

    private void Record(CardKey key, DateTimeOffset at, Azure.ETag? etag)
    {
        lock (pending)
        {
            lastClaim[key] = (at, etag);
        }
    }

    private async Task PutOrRetryAsync(CardKey key, DateTimeOffset claimedAt, int failures, CancellationToken cancellationToken)
    {
        try
        {
            await PutAsync(key, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed(key, ex, claimedAt.AddTicks(1), failures + 1);
        }
    }

    /// <summary>
    /// A card deleted from its chat, or a chat the bot has left, is given up; anything else is tried
    /// again, dated after the failed update's claim so that claim does not count as done.
    /// </summary>
    private void Failed(CardKey key, Exception ex, DateTimeOffset changedAt, int failures)
    {
        if (ex is ConnectorException { Status: HttpStatusCode.NotFound or HttpStatusCode.Forbidden })
        {
            WorkshopLog.CardGone(logger, key.WorkshopId, key.ProposalId);
            return;
        }

        WorkshopLog.CardUpdateFailed(logger, ex, key.WorkshopId, key.ProposalId);
        RetryLater(key, changedAt, failures);
    }

    private async Task PutAsync(CardKey key, CancellationToken cancellationToken)
    {
        var model = await loader.LoadAsync(key.WorkshopId, key.ProposalId, cancellationToken);
        if (model?.Progress.CardActivityId is not { } activityId)
        {
            return;
        }

        await connector.UpdateActivityAsync(CardMessages.Update(model.Workshop.ServiceUrl, model.Workshop.ConversationId, activityId, ProposalCard.Shared(model)), cancellationToken);
    }

    /// <summary>Puts the change back, to be tried after a wait twice as long each time, up to <see cref="MaxRetryWait"/>.</summary>
    private void RetryLater(CardKey key, DateTimeOffset changedAt, int failures)
    {
        var wait = TimeSpan.FromTicks(Math.Min(MaxRetryWait.Ticks, Interval.Ticks * (1L << Math.Min(failures - 1, 16))));
        lock (pending)
        {
            Merge(key, new Pending(changedAt, clock.GetUtcNow() + wait, failures));
        }

        signal.Release();
    }

    // Keeps the latest change and the earliest time to look again; the caller holds the lock.
    private void Merge(CardKey key, Pending change) =>
        pending[key] = pending.TryGetValue(key, out var earlier)
            ? new Pending(
                earlier.ChangedAt > change.ChangedAt ? earlier.ChangedAt : change.ChangedAt,
                earlier.DueAt < change.DueAt ? earlier.DueAt : change.DueAt,
                Math.Max(earlier.Failures, change.Failures))
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

    private async Task SafelyAsync(CardKey key, Pending change, CancellationToken cancellationToken)
    {
        try
        {
            await ClaimAndUpdateAsync(key, change, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The claim could not be read or written. A background service that throws stops the
            // host, which a stale card is not worth: try again later.
            Failed(key, ex, change.ChangedAt, change.Failures + 1);
        }
    }

    private readonly record struct CardKey(string WorkshopId, string ProposalId);

    /// <summary>When the latest change was saved, when to try to update the card next, and how many tries have failed.</summary>
    private readonly record struct Pending(DateTimeOffset ChangedAt, DateTimeOffset DueAt, int Failures);
}
