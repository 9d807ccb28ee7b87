using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Tests.Rating;

public sealed class OrganisationResolverTests
{
    [Theory]
    [InlineData("catriona.fraser@nhs.scot", PartnerOrganisation.NhsBoard)]
    [InlineData("someone@tayside.scot.nhs.uk", PartnerOrganisation.NhsBoard)]
    [InlineData("alasdair.duncan@angus.gov.uk", PartnerOrganisation.LocalAuthority)]
    [InlineData("ALASDAIR.DUNCAN@ANGUS.GOV.UK", PartnerOrganisation.LocalAuthority)]
    [InlineData("morag.petrie@vaa.org.uk", PartnerOrganisation.Unknown)]
    [InlineData("not-an-address", PartnerOrganisation.Unknown)]
    [InlineData(null, PartnerOrganisation.Unknown)]
    public void FromEmail_UsesTheDefaultScottishDomains(string? email, PartnerOrganisation expected) =>
        Assert.Equal(expected, OrganisationResolver.FromEmail(email, OrganisationResolver.DefaultDomains));

    [Fact]
    public void FromEmail_TheMostSpecificDomainWins()
    {
        var domains = new Dictionary<string, PartnerOrganisation>(OrganisationResolver.DefaultDomains)
        {
            ["angusijb.gov.uk"] = PartnerOrganisation.Ijb,
        };

        Assert.Equal(PartnerOrganisation.Ijb, OrganisationResolver.FromEmail("graham@angusijb.gov.uk", domains));
        Assert.Equal(PartnerOrganisation.LocalAuthority, OrganisationResolver.FromEmail("graham@angus.gov.uk", domains));
    }

    [Fact]
    public void FromEmail_DoesNotMatchADomainThatOnlyEndsWithTheSameLetters()
    {
        Assert.Equal(PartnerOrganisation.Unknown, OrganisationResolver.FromEmail("x@fakenhs.scot", OrganisationResolver.DefaultDomains));
    }

    [Theory]
    [InlineData("alex.morgan@nhs.scot", "alex.morgan_nhs.scot#EXT#@angus.onmicrosoft.com", "alex.morgan@nhs.scot")]
    [InlineData(null, "alex.morgan_nhs.scot#EXT#@angus.onmicrosoft.com", "alex.morgan@nhs.scot")]
    [InlineData("alex.morgan_nhs.scot#EXT#@angus.onmicrosoft.com", null, "alex.morgan@nhs.scot")]
    [InlineData(null, "first_last_angus.gov.uk#EXT#@host.onmicrosoft.com", "first_last@angus.gov.uk")]
    [InlineData(null, "member@angus.gov.uk", "member@angus.gov.uk")]
    public void RealEmail_OfAGuest_IsTheirHomeAddress_NotTheHostTenantsUpn(string? email, string? upn, string expected) =>
        Assert.Equal(expected, OrganisationResolver.RealEmail(email, upn));

    [Theory]
    [InlineData("nhs", PartnerOrganisation.NhsBoard)]
    [InlineData("NHS board", PartnerOrganisation.NhsBoard)]
    [InlineData("council", PartnerOrganisation.LocalAuthority)]
    [InlineData("local authority", PartnerOrganisation.LocalAuthority)]
    [InlineData("IJB", PartnerOrganisation.Ijb)]
    [InlineData("third-sector", PartnerOrganisation.ThirdSector)]
    [InlineData("independent sector", PartnerOrganisation.IndependentSector)]
    [InlineData("other", PartnerOrganisation.Other)]
    public void TryParse_ReadsWhatPeopleType(string text, PartnerOrganisation expected)
    {
        Assert.True(PartnerOrganisations.TryParse(text, out var organisation));
        Assert.Equal(expected, organisation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the government")]
    [InlineData("Unknown")]
    public void TryParse_RefusesWhatIsNotAnOrganisation(string text) =>
        Assert.False(PartnerOrganisations.TryParse(text, out _));
}
