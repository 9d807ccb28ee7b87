using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Roles;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>
/// "share summaries with @person": a facilitator lets someone, such as a chief officer who was not
/// in the workshop, read the partnership's summaries from any chat, for this workshop and later ones.
/// </summary>
public sealed class ShareSummariesCommand(
    FacilitatorGuard guard,
    RoleChanges roles,
    PartnershipIndexStore index,
    TimeProvider clock,
    ILogger<ShareSummariesCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "share the summaries", cancellationToken);
        var person = stored is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (stored is null || person is null)
        {
            return;
        }

        var workshop = stored.Value;
        await index.AddReaderAsync(workshop.Partnership, person, new Person(turn.PersonId, turn.PersonName), clock.GetUtcNow(), cancellationToken);
        RolesLog.SummariesShared(logger, workshop.Id);
        await RoleChanges.TellAsync(
            turn,
            InertText.Paragraph(
                InertText.Typed(person.Name),
                InertText.Run(" can now read the summaries of "),
                InertText.Typed(workshop.Partnership),
                InertText.Run(", for this workshop and later ones, in any chat with me, 1:1 included. They type summary followed by the partnership's name.")),
            cancellationToken);
    }
}
