using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.Erasures;

namespace TeamsEvalBot.Roles;

/// <summary>
/// At start-up, finishes every erasure that a crash (or the person's own changes) left pending, and
/// tells the person in the chat where they asked. It runs beside the bot's other work, not before it.
/// </summary>
public sealed class PendingErasureResumer(
    ErasureStore erasures,
    ErasureRunner runner,
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<PendingErasureResumer> logger) : BackgroundService
{
    // Storage may be out of reach just as the bot starts: then it looks again this much later.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = await PendingAsync(stoppingToken);
        if (pending.Count > 0)
        {
            RolesLog.ResumingErasures(logger, pending.Count);
        }

        foreach (var erasure in pending)
        {
            try
            {
                await ResumeAsync(erasure, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // It stays pending, for the person's next "forget me" or the next start.
                RolesLog.ResumeFailed(logger, ex);
            }
        }
    }

    private async Task<IReadOnlyList<Erasure>> PendingAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                return await erasures.GetAllPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RolesLog.ResumeFailed(logger, ex);
                await Task.Delay(RetryAfter, clock, stoppingToken);
            }
        }
    }

    private async Task ResumeAsync(Erasure erasure, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(erasure, cancellationToken);

        // Only the run that wrote the audit entry answers: a "forget me" that finished it first has answered already.
        if (outcome.CompletedHere)
        {
            await connector.SendToConversationAsync(CardMessages.New(erasure.ReplyTo.ServiceUrl, erasure.ReplyTo.ConversationId, ErasureReply.Done(outcome.Totals)), cancellationToken);
        }
    }
}
