using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

public sealed class OrganisationCardTests
{
    [Fact]
    public void OrganisationCard_Unknown_AsksWithNothingChosen()
    {
        var card = OrganisationCard.Build(WorkshopId, PartnerOrganisation.Unknown);

        var question = Input(card, "organisation")!;
        Assert.Null(Str(question, "value"));
        // Not required: inside a proposal's own view it must not block the rating buttons.
        Assert.Null(question["isRequired"]);
        Assert.Equal(
            [("NHS board", "NhsBoard"), ("Local authority", "LocalAuthority"), ("IJB", "Ijb"), ("Third sector", "ThirdSector"), ("Independent sector", "IndependentSector"), ("Other", "Other")],
            question["choices"]!.AsArray().Select(c => (Str(c!.AsObject(), "title"), Str(c!.AsObject(), "value"))));
        Assert.Equal(OrganisationCard.Question, TextBlockTexts(card).First());
        var save = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.ChooseOrganisation, Str(save, "verb"));
        Assert.Equal(WorkshopId, save["data"]?["workshopId"]?.GetValue<string>());
    }

    [Fact]
    public void OrganisationCard_Chosen_PreselectsItAndShowsTheNoticeUnderTheQuestion()
    {
        var card = OrganisationCard.Build(WorkshopId, PartnerOrganisation.ThirdSector, "Saved: Third sector.");

        Assert.Equal("ThirdSector", Str(Input(card, "organisation")!, "value"));
        Assert.Equal([OrganisationCard.Question, "Saved: Third sector."], TextBlockTexts(card).Take(2));
    }
}
