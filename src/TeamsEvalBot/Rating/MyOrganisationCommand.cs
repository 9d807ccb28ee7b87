using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>"my organisation [name]": a person sets the partner organisation they speak for.</summary>
public sealed class MyOrganisationCommand(FacilitatorGuard guard, WorkshopStore store, RosterReader roster, ILogger<MyOrganisationCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var stored = await guard.OpenWorkshopAsync(turn, cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var member = await store.GetMemberAsync(workshop.Id, turn.PersonId, cancellationToken)
            ?? await roster.ReadOneAsync(workshop.ServiceUrl, workshop.ConversationId, turn.PersonId, workshop.Settings, cancellationToken);
        if (arguments.Length == 0)
        {
            await turn.SendCardAsync(OrganisationCard.Build(workshop.Id, member.Organisation), cancellationToken);
            return;
        }

        if (!PartnerOrganisations.TryParse(arguments, out var organisation))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown organisation");
            await turn.SendCardAsync(OrganisationCard.Build(workshop.Id, member.Organisation, "I did not recognise that organisation. Choose one here."), cancellationToken);
            return;
        }

        await store.SaveMembersAsync(workshop.Id, [member with { Organisation = organisation, Source = OrganisationSource.Declared }], cancellationToken);
        await turn.SendCardAsync(CardElements.Card([CardElements.Text($"Thank you. You speak for: {organisation.DisplayName()}.")]), cancellationToken);
    }
}
