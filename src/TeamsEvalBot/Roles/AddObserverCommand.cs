using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>"add observer @person": a facilitator lets someone read the workshop without rating or being counted.</summary>
public sealed class AddObserverCommand(FacilitatorGuard guard, RoleChanges roles, WorkshopAdminStore admin) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "add an observer", cancellationToken);
        var person = stored is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (stored is null || person is null)
        {
            return;
        }

        var workshop = stored.Value;
        if (workshop.IsObserver(person.Id))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " is already observing this workshop. Nothing was changed."), cancellationToken);
            return;
        }

        if (!WorkshopRoles.MayObserve(workshop, person.Id))
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                "a facilitator cannot observe",
                RoleChanges.About(person, " facilitates this workshop, so they cannot also be an observer. Nothing was changed."),
                "A facilitator stays one for the whole workshop. Add someone else as an observer.",
                cancellationToken);
            return;
        }

        // An observer's earlier ratings would count while the observer does not.
        if (await admin.HasRatedAsync(workshop.Id, person.Id, cancellationToken))
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                "already rated",
                RoleChanges.About(person, " has already rated in this workshop, so they cannot become an observer. Nothing was changed."),
                "They can carry on as a participant.",
                cancellationToken);
            return;
        }

        if (await roles.SaveAsync(turn, stored, workshop with { Observers = [.. workshop.Observers, person] }, "observer added", cancellationToken))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " is now observing this workshop. They can read the cards but not rate, and they are not counted among the raters."), cancellationToken);
        }
    }
}
