using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Erasures;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>
/// "forget me": erases the sender's ratings and evidence in every workshop of their tenant, from
/// any chat, and from every card and export that showed them. Agreed positions stay: they are the
/// partnership's decisions. The erasure is recorded before it starts and audited by counts, never
/// by content, when it ends.
/// </summary>
public sealed class ForgetMeCommand(
    WorkshopAdminStore admin,
    ErasureStore erasures,
    ErasureRunner runner,
    TimeProvider clock) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        if (turn.Activity.TenantId is not { Length: > 0 } tenantId)
        {
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("This message did not say which organisation's Teams it came from, so nothing was erased."),
                "Type forget me in a chat in Microsoft Teams."), cancellationToken);
            return;
        }

        // One that a crash or the person's own changes left unfinished is finished first, under its own record.
        var pending = await erasures.GetPendingAsync(tenantId, turn.PersonId, cancellationToken);
        var erasure = pending.Count > 0
            ? pending[0]
            : await erasures.BeginAsync(
                tenantId,
                turn.PersonId,
                clock.GetUtcNow(),
                await admin.GetTenantWorkshopIdsAsync(tenantId, cancellationToken),
                new ErasureReplyTo(turn.Activity.ServiceUrl ?? string.Empty, turn.Activity.Conversation?.Id ?? string.Empty),
                cancellationToken);
        var outcome = await runner.RunAsync(erasure, cancellationToken);
        await turn.SendCardAsync(outcome.Finished ? ErasureReply.Done(outcome.Totals) : ErasureReply.Partly(outcome.Totals, turn.CommandPrefix), cancellationToken);
    }
}
