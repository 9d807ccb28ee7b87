using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Tests.Cards;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Rules;

public sealed class AttributionTests
{
    // The only third-sector rater: a group of one.
    private static readonly RatingEntry Zebediah = ProposalCardFixtures.Rating("29:zebediah", "Zebediah Secretname", PartnerOrganisation.ThirdSector, 1, "SECRET-EVIDENCE-ZEBEDIAH");

    private static IReadOnlyList<RatingEntry> Round => [.. FiveRaters, Zebediah];

    [Fact]
    public void Anonymous_NamesNobody_AndNoOrganisation()
    {
        var settings = WorkshopSettings.Default with { Anonymity = Anonymity.Anonymous };

        Assert.All(Round, rating => Assert.Equal(Attribution.Nobody, Attribution.Beside(rating, settings, TallyOf(settings))));
    }

    [Fact]
    public void Named_NamesTheRater_AndAnOrganisationTheBreakdownShows()
    {
        var settings = WorkshopSettings.Default;

        Assert.Equal(new Attribution("Alison Secretname", PartnerOrganisation.NhsBoard), Attribution.Beside(Alison, settings, TallyOf(settings)));
        Assert.Equal(new Attribution("Robert Hiddenperson", PartnerOrganisation.LocalAuthority), Attribution.Beside(Robert, settings, TallyOf(settings)));
    }

    [Fact]
    public void Named_AnOrganisationBelowTheSmallestGroup_IsLeftOutOfTheBreakdown_AndNotNamedBesideItsRating()
    {
        var settings = WorkshopSettings.Default;
        var tally = TallyOf(settings);

        Assert.DoesNotContain(tally.Organisations, o => o.Organisation == PartnerOrganisation.ThirdSector);
        Assert.Equal(new Attribution("Zebediah Secretname", null), Attribution.Beside(Zebediah, settings, tally));
    }

    [Fact]
    public void Named_ARaisedSmallestGroup_HidesEveryOrganisationSmallerThanIt()
    {
        // NHS board and local authority have two raters each: below a smallest group of 3.
        var settings = WorkshopSettings.Default with { MinimumGroupSize = 3 };

        Assert.All(Round.Where(r => r.Organisation != PartnerOrganisation.Unknown), rating => Assert.Null(Attribution.Beside(rating, settings, TallyOf(settings)).Organisation));
    }

    [Fact]
    public void Named_AnUnknownOrganisation_IsNoGroup_SoItStaysNotKnownYet()
    {
        var settings = WorkshopSettings.Default;

        Assert.Equal(new Attribution("Eilidh Privatename", PartnerOrganisation.Unknown), Attribution.Beside(Eilidh, settings, TallyOf(settings)));
    }

    private static Tally TallyOf(WorkshopSettings settings) => TallyCalculator.Compute(Round, Msg.Levels.Count, settings.MinimumGroupSize);
}
