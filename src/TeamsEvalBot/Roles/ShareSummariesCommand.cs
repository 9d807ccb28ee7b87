using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Partnerships;

namespace TeamsEvalBot.Roles;

/// <summary>
/// "share summaries with @person": an owner of the partnership, or a facilitator they appointed, lets
/// someone such as a chief officer read the partnership's summaries from any chat, for every workshop.
/// </summary>
public sealed class ShareSummariesCommand(
    StewardGuard guard,
    RoleChanges roles,
    PartnershipStore partnerships,
    TimeProvider clock,
    ILogger<ShareSummariesCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var found = await guard.ForConversationAsync(turn, "share the summaries", ownersOnly: false, cancellationToken);
        var person = found is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (found is not { } steward || person is null)
        {
            return;
        }

        await partnerships.AddReaderAsync(steward.Partnership.Id, person, new Person(turn.PersonId, turn.PersonName), clock.GetUtcNow(), cancellationToken);
        RolesLog.SummariesShared(logger, steward.Workshop.Id);
        await RoleChanges.TellAsync(
            turn,
            InertText.Paragraph(
                InertText.Typed(person.Name),
                InertText.Run(" can now read the summaries of "),
                InertText.Typed(steward.Partnership.Name),
                InertText.Run(", for every workshop of the partnership, in any chat with me, 1:1 included. They type summary followed by the partnership's name. Its owners can stop this with unshare summaries with, then the @mention.")),
            cancellationToken);
    }
}
