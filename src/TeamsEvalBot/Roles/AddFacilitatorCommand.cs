using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Roles;

/// <summary>"add facilitator @person": a facilitator shares the running of the workshop.</summary>
public sealed class AddFacilitatorCommand(FacilitatorGuard guard, RoleChanges roles) : IMessageCommand
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

        if (await roles.SaveAsync(turn, stored, workshop with { Facilitators = [.. workshop.Facilitators, person] }, "facilitator added", cancellationToken))
        {
            await RoleChanges.TellAsync(turn, RoleChanges.About(person, " is now a facilitator of this workshop. They can post, close and reveal proposals, give people roles and end the workshop."), cancellationToken);
        }
    }
}
