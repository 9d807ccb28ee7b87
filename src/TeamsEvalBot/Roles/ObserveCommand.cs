using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>"observe": the sender follows the open workshop without rating or being counted among the raters.</summary>
public sealed class ObserveCommand(FacilitatorGuard guard, RoleChanges roles, WorkshopAdminStore admin) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.OpenWorkshopAsync(turn, cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        if (workshop.IsObserver(turn.PersonId))
        {
            await RoleChanges.TellAsync(turn, CardElements.Text("You are already observing this workshop. Nothing was changed."), cancellationToken);
            return;
        }

        if (!WorkshopRoles.MayObserve(workshop, turn.PersonId))
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                "a facilitator cannot observe",
                CardElements.Text("You facilitate this workshop, so you cannot also observe it. Nothing was changed."),
                "A facilitator stays one for the whole workshop. You do not have to rate.",
                cancellationToken);
            return;
        }

        // An observer's earlier ratings would count while the observer does not.
        if (await admin.HasRatedAsync(workshop.Id, turn.PersonId, cancellationToken))
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                "already rated",
                CardElements.Text("You have already rated in this workshop, so you cannot become an observer. Nothing was changed."),
                "Carry on as a participant: your ratings count.",
                cancellationToken);
            return;
        }

        var observer = new Person(turn.PersonId, turn.PersonName);
        if (await roles.SaveAsync(turn, stored, workshop with { Observers = [.. workshop.Observers, observer] }, "observer added", cancellationToken))
        {
            await RoleChanges.TellAsync(turn, CardElements.Text("You are now observing this workshop. You can read the cards but not rate, and you are not counted among the raters. If you should be rating after all, ask a facilitator to remove you as an observer."), cancellationToken);
        }
    }
}
