using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Roles;

/// <summary>"remove observer @person": a facilitator lets an observer rate, for example after "observe" by mistake.</summary>
public sealed class RemoveObserverCommand(FacilitatorGuard guard, RoleChanges roles) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "remove an observer", cancellationToken);
        var person = stored is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        if (stored is null || person is null)
        {
            return;
        }

        var workshop = stored.Value;
        if (!workshop.IsObserver(person.Id))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " is not observing this workshop. Nothing was changed."), cancellationToken);
            return;
        }

        if (await roles.SaveAsync(turn, stored, workshop with { Observers = [.. workshop.Observers.Where(o => o.Id != person.Id)] }, "observer removed", cancellationToken))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " is no longer observing this workshop. They can rate, and they count among the raters."), cancellationToken);
        }
    }
}
