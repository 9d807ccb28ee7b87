using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Partnerships;

namespace TeamsEvalBot.Roles;

/// <summary>"add facilitator @person": a facilitator shares the running of the workshop.</summary>
public sealed class AddFacilitatorCommand(FacilitatorGuard guard, RoleChanges roles, PartnershipRegistry registry, PartnershipStore partnerships, TimeProvider clock) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "add a facilitator", cancellationToken);
        var person = stored is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (stored is null || person is null)
        {
            return;
        }

        var workshop = stored.Value;
        if (workshop.IsFacilitator(person.Id))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " already facilitates this workshop. Nothing was changed."), cancellationToken);
            return;
        }

        if (workshop.IsObserver(person.Id))
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                "an observer cannot facilitate",
                RoleChanges.About(person, " is observing this workshop, so they cannot also facilitate it. Nothing was changed."),
                $"If they should facilitate, first type {turn.CommandPrefix}remove observer and @mention them, then add them as a facilitator.",
                cancellationToken);
            return;
        }

        if (!await roles.SaveAsync(turn, stored, workshop with { Facilitators = [.. workshop.Facilitators, person] }, "facilitator added", cancellationToken))
        {
            return;
        }

        // An owner's appointment holds for the partnership: the person may start its next workshops, import and share too.
        var partnership = await registry.GetAsync(workshop.TenantId, workshop.PartnershipId, cancellationToken);
        var aadObjectId = turn.Activity.From?.AadObjectId;
        var appointed = partnership?.IsOwner(turn.PersonId, aadObjectId) == true;
        if (appointed)
        {
            await partnerships.AddFacilitatorAsync(partnership!.Id, new Steward(person.Id, null, person.Name), new Steward(turn.PersonId, aadObjectId, turn.PersonName), clock.GetUtcNow(), cancellationToken);
        }

        await RoleChanges.TellAsync(turn, RoleChanges.About(person, appointed
            ? " is now a facilitator of this workshop. An owner appointed them, so they can also start the partnership's next workshops, import its previous round and share its summaries."
            : " is now a facilitator of this workshop. They can post, close and reveal proposals, give people roles and end the workshop."), cancellationToken);
    }
}
