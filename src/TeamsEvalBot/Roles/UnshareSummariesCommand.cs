using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Partnerships;

namespace TeamsEvalBot.Roles;

/// <summary>"unshare summaries with @person": the partnership's owners or appointed facilitators take back a share.</summary>
public sealed class UnshareSummariesCommand(StewardGuard guard, RoleChanges roles, PartnershipStore partnerships, ILogger<UnshareSummariesCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var found = await guard.ForConversationAsync(turn, "stop sharing the summaries", ownersOnly: false, cancellationToken);
        var person = found is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (found is not { } steward || person is null)
        {
            return;
        }

        var removed = await partnerships.RemoveReaderAsync(steward.Partnership.Id, person.Id, cancellationToken);
        RolesLog.SummariesUnshared(logger, steward.Workshop.Id, removed);
        await RoleChanges.TellAsync(
            turn,
            InertText.Paragraph(
                InertText.Typed(person.Name),
                InertText.Run(removed ? " can no longer read the summaries of " : " was not among the people the summaries are shared with, so nothing was changed. Partnership: "),
                InertText.Typed(steward.Partnership.Name),
                InertText.Run(removed ? ", unless they are in one of its workshops." : ".")),
            cancellationToken);
    }
}
