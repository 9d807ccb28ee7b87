using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>A person answers "which organisation do you speak for?", on its own card or inside their proposal view.</summary>
public sealed class ChooseOrganisationVerb(WorkshopStore store, RosterReader roster, FrameworkCatalogue frameworks, ILogger<ChooseOrganisationVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var workshop = await request.WorkshopAsync(store, cancellationToken);
        if (workshop is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown workshop");
            return ErrorCard.Build(CardElements.Text("I cannot find the workshop this card belongs to. Nothing was saved."), "Type my organisation in the workshop's chat.");
        }

        if (!Enum.TryParse<PartnerOrganisation>(request.Text("organisation"), out var organisation) || !PartnerOrganisations.Choosable.Contains(organisation))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown organisation");
            return OrganisationCard.Build(workshop.Value.Id, PartnerOrganisation.Unknown, "Choose one of the organisations below, then press Save.");
        }

        var member = await store.GetMemberAsync(workshop.Value.Id, turn.PersonId, cancellationToken)
            ?? await roster.ReadOneAsync(workshop.Value.ServiceUrl, workshop.Value.ConversationId, turn.PersonId, workshop.Value.Settings, cancellationToken);
        await store.SaveMembersAsync(workshop.Value.Id, [member with { Organisation = organisation, Source = OrganisationSource.Declared }], cancellationToken);

        if (request.ProposalId.Length > 0)
        {
            var target = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
            if (target.Model?.Ratings.FirstOrDefault(r => r.ParticipantId == turn.PersonId) is { } own)
            {
                return ProposalCard.Own(target.Model, own);
            }
        }

        return CardElements.Card([CardElements.Text($"Thank you. You speak for: {organisation.DisplayName()}.")]);
    }
}
