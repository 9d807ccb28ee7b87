using Microsoft.Extensions.Options;
using TeamsEvalBot.Storage.Downloads;

namespace TeamsEvalBot.Export;

/// <summary>
/// Deletes expired documents on a schedule. A link that is tried after it expires deletes its own
/// document; this catches the links nobody tried again, so no export is kept long past its 10 minutes.
/// </summary>
public sealed class ExpiredDownloadPurge(DownloadStore store, IOptions<DownloadOptions> options, TimeProvider clock, ILogger<ExpiredDownloadPurge> logger) : BackgroundService
{
    /// <summary>One purge: every document past its expiry is deleted. Two instances may purge at once: deleting a deleted document is no error.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var purged = await store.DeleteExpiredAsync(clock.GetUtcNow(), cancellationToken);
        if (purged > 0)
        {
            ExportLog.Purged(logger, purged);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A background service that throws stops the host; storage may be back by the next tick.
                ExportLog.PurgeFailed(logger, ex);
            }
        }
    }
}
