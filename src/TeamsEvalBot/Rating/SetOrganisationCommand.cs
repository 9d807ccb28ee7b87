using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>
/// "set organisation @name &lt;organisation&gt;": a facilitator corrects someone's organisation,
/// for example an IJB member whose address is a council or NHS one.
/// </summary>
public sealed class SetOrganisationCommand(FacilitatorGuard guard, WorkshopStore store, RosterReader roster, ILogger<SetOrganisationCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var stored = await guard.AsFacilitatorAsync(turn, "set someone's organisation", cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var mention = turn.OtherMentions.FirstOrDefault();
        var organisationWords = mention?.Text is { } text ? arguments.Replace(text, string.Empty, StringComparison.OrdinalIgnoreCase) : arguments;
        if (mention?.Mentioned?.Id is not { } personId || !PartnerOrganisations.TryParse(organisationWords, out var organisation))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "no mention or unknown organisation");
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("I need a person and an organisation."),
                $"Type {turn.CommandPrefix}set organisation, then @mention the person, then one of: NHS board, local authority, IJB, third sector, independent sector, other."), cancellationToken);
            return;
        }

        var member = await store.GetMemberAsync(workshop.Id, personId, cancellationToken)
            ?? await roster.ReadOneAsync(workshop.ServiceUrl, workshop.ConversationId, personId, workshop.Settings, cancellationToken);
        await store.SaveMembersAsync(workshop.Id, [member with { Organisation = organisation, Source = OrganisationSource.SetByFacilitator }], cancellationToken);
        await turn.SendCardAsync(CardElements.Card([InertText.Paragraph(InertText.Typed(member.Name), InertText.Run($" now speaks for: {organisation.DisplayName()}."))]), cancellationToken);
    }
}
