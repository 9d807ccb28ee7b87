using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;
using static TeamsEvalBot.Tests.Export.ExportFixtures;

namespace TeamsEvalBot.Tests.Export;

/// <summary>The Word export hides what the cards hide: raters, organisations in an anonymous workshop, small organisations, and alpha from all but facilitators.</summary>
public sealed class WordExportAnonymityTests
{
    private static readonly string[] OrganisationNames = [.. Enum.GetValues<PartnerOrganisation>().Select(o => o.DisplayName())];

    [Fact]
    public void Named_ShowsTheOrganisationsTheCardsShow_AndNoRater()
    {
        var paragraphs = WordParagraphs(Content(Anonymity.Named));

        Assert.Equal($"“{Alison.Evidence}” (NHS board, Exemplary)", ExcerptOf(paragraphs, Alison));
        Assert.Equal($"“{Catriona.Evidence}” (NHS board, Established)", ExcerptOf(paragraphs, Catriona));
        // The document names organisations, never raters, even where the cards name them.
        Assert.All(RaterNames, name => Assert.DoesNotContain(paragraphs, p => p.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void Anonymous_NamesNoRaterAndNoOrganisationBesideAnyExcerpt()
    {
        var paragraphs = WordParagraphs(Content(Anonymity.Anonymous));
        var text = string.Join('\n', paragraphs);

        Assert.Equal(3, Excerpts(paragraphs).Count);
        Assert.Equal($"“{Alison.Evidence}” (Exemplary)", ExcerptOf(paragraphs, Alison));
        Assert.Equal($"“{Zebediah.Evidence}” (Partly established)", ExcerptOf(paragraphs, Zebediah));
        Assert.All(Excerpts(paragraphs), excerpt => Assert.DoesNotContain(OrganisationNames, o => excerpt.Contains(o, StringComparison.Ordinal)));
        Assert.All(RaterNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));

        // Nothing else in the document speaks for the raters' organisations either; the action's partner stays.
        Assert.DoesNotContain("NHS board", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Third sector", text, StringComparison.Ordinal);
        Assert.Contains("Lead: Morag Leadperson. Partner: Local authority.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganisationBelowTheSmallestGroup_IsNotNamedBesideItsExcerpts_NorAnywhere()
    {
        var paragraphs = WordParagraphs(Content(Anonymity.Named));

        Assert.Equal($"“{Zebediah.Evidence}” (Partly established)", ExcerptOf(paragraphs, Zebediah));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Third sector", StringComparison.Ordinal));
    }

    [Fact]
    public void ARaisedSmallestGroup_HidesTheOrganisationsBelowIt()
    {
        var paragraphs = WordParagraphs(Content(Anonymity.Named, minimumGroupSize: 3));

        Assert.Equal($"“{Alison.Evidence}” (Exemplary)", ExcerptOf(paragraphs, Alison));
        Assert.DoesNotContain(paragraphs, p => p.Contains("NHS board", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Anonymity.Named, 1)]
    [InlineData(Anonymity.Named, 2)]
    [InlineData(Anonymity.Named, 3)]
    [InlineData(Anonymity.Anonymous, 1)]
    [InlineData(Anonymity.Anonymous, 2)]
    public void AnExcerpt_NamesItsOrganisation_ExactlyWhereTheRevealedCardDoes(Anonymity anonymity, int minimumGroupSize)
    {
        var content = Content(anonymity, minimumGroupSize);
        var paragraphs = WordParagraphs(content);
        var card = ProposalCard.Revealed(Model(content.Workshop, AgreedRound, ProposalStatus.Revealed), page: 0);

        Assert.All(AgreedRound, rating =>
        {
            var onCard = RunTexts(Assert.Single(OfType(card, "RichTextBlock"), p => RunTexts(p).Contains(rating.Evidence)));
            var cardNames = onCard[^1].EndsWith($", {rating.Organisation.DisplayName()}", StringComparison.Ordinal);
            var wordNames = ExcerptOf(paragraphs, rating).Contains($"({rating.Organisation.DisplayName()}, ", StringComparison.Ordinal);
            Assert.Equal(cardNames, wordNames);
        });
    }

    [Fact]
    public void AFacilitatorsExport_CarriesAlpha()
    {
        var text = string.Join('\n', WordParagraphs(Content(agreement: new WorkshopAgreement(0.42, 1))));

        Assert.Contains("(Krippendorff's alpha, ordinal, over the ratings behind 1 rated proposals): 0.42.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMembersExport_CarriesNoAlpha()
    {
        var text = string.Join('\n', WordParagraphs(Content(agreement: null)));

        Assert.Contains("The partners agreed positions on 1 of 22 proposals.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Krippendorff", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alpha", text, StringComparison.OrdinalIgnoreCase);
    }
}
