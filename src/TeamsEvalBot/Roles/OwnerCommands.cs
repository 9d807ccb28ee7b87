using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Partnerships;

namespace TeamsEvalBot.Roles;

/// <summary>"add owner @person": an owner makes someone an owner of the partnership too.</summary>
public sealed class AddOwnerCommand(StewardGuard guard, RoleChanges roles, PartnershipRegistry registry, PartnershipStore partnerships, TimeProvider clock, ILogger<AddOwnerCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var found = await OwnerCommand.StartAsync(request, guard, roles, registry, cancellationToken);
        if (found is not { } steward)
        {
            return;
        }

        var (partnership, person) = steward;
        await partnerships.AddOwnerAsync(partnership.Id, new Steward(person.Id, null, person.Name), new Steward(turn.PersonId, turn.Activity.From?.AadObjectId, turn.PersonName), clock.GetUtcNow(), cancellationToken);
        RolesLog.OwnersChanged(logger, partnership.Id, "owner added");
        await RoleChanges.TellAsync(turn, InertText.Paragraph(InertText.Typed(person.Name), InertText.Run(" is now an owner of "), InertText.Typed(partnership.Name), InertText.Run(".")), cancellationToken);
    }
}

/// <summary>"remove owner @person": an owner removes another; the last owner stays.</summary>
public sealed class RemoveOwnerCommand(StewardGuard guard, RoleChanges roles, PartnershipRegistry registry, PartnershipStore partnerships, ILogger<RemoveOwnerCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var found = await OwnerCommand.StartAsync(request, guard, roles, registry, cancellationToken);
        if (found is not { } steward)
        {
            return;
        }

        var (partnership, person) = steward;
        var owner = partnership.Owners.FirstOrDefault(o => o.Is(person.Id, null));
        if (owner is null || partnership.Owners.Count == 1)
        {
            await roles.RefuseAsync(
                turn,
                request.Verb,
                owner is null ? "not an owner" : "last owner",
                InertText.Paragraph(InertText.Typed(person.Name), InertText.Run(owner is null ? " is not an owner, so nothing was changed." : " is the only owner, so nothing was changed.")),
                owner is null ? "Type the command with an owner's @mention." : "Add another owner first, then remove this one.",
                cancellationToken);
            return;
        }

        await partnerships.RemoveOwnerAsync(partnership.Id, owner, cancellationToken);
        RolesLog.OwnersChanged(logger, partnership.Id, "owner removed");
        await RoleChanges.TellAsync(turn, InertText.Paragraph(InertText.Typed(person.Name), InertText.Run(" is no longer an owner of "), InertText.Typed(partnership.Name), InertText.Run(".")), cancellationToken);
    }
}

/// <summary>What both owner commands check: an owner of this chat's partnership, registration open, one person named.</summary>
internal static class OwnerCommand
{
    public static async Task<(Partnership Partnership, Domain.Workshops.Person Person)?> StartAsync(CommandRequest request, StewardGuard guard, RoleChanges roles, PartnershipRegistry registry, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        if (registry.IsLocked)
        {
            await roles.RefuseAsync(turn, request.Verb, "owners are configured", CardElements.Text("The owners of partnerships are set in the app settings here, so nothing was changed."), "Ask your Teams administrator to change them.", cancellationToken);
            return null;
        }

        var found = await guard.ForConversationAsync(turn, "change the owners", ownersOnly: true, cancellationToken);
        var person = found is null ? null : await roles.MentionedPersonAsync(turn, request.Verb, cancellationToken);
        return found is { } steward && person is not null ? (steward.Partnership, person) : null;
    }
}
