using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.TestSupport;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>The progress cards pass the official library, fit a message and keep typed names inert.</summary>
public sealed class ProgressCardTests
{
    private const string Partnership = "Moray **HSCP** [x](https://evil.example)";

    [Fact]
    public async Task CompareCard_IsValid_AndSaysUpDownSameInWords()
    {
        var comparison = WorkshopComparison.Between(Msg, Previous(Agreed("1.1", 1), Agreed("1.2", 2), Agreed("1.3", 3)), Start, [Agreed("1.1", 2), Agreed("1.2", 1), Agreed("1.3", 3)]);
        var card = CompareCard.Build(Partnership, comparison);

        await CardAssert.ValidMessageAsync(Message(card), "compare card");
        var texts = TextBlockTexts(card).ToList();
        Assert.Contains("1.1 Partly established → Established: up", texts);
        Assert.Contains("1.2 Established → Partly established: down", texts);
        Assert.Contains("1.3 Exemplary → Exemplary: same", texts);
        Assert.Contains("2.1 pending → pending", texts);
        Assert.Contains("3.2 not rated (not for local completion)", texts);
        Assert.Contains(Partnership, TextRunTexts(card));
    }

    [Fact]
    public async Task CompareCard_Largest_FitsAMessage()
    {
        var (agreed, _, previous) = Largest();
        await CardAssert.ValidMessageAsync(Message(CompareCard.Build(new string('p', 200), WorkshopComparison.Between(Msg, previous, Start, agreed))), "largest compare card");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OverviewCard_IsValid_AndShowsWordsBesideColours(bool rag)
    {
        var latest = Enumerable.Range(0, 50).Select(i => (IReadOnlyList<TeamsEvalBot.Domain.Reconciliation.AgreedPosition>)[.. Msg.Proposals.Where(p => p.IsRateable).Select(p => Agreed(p.Id, i % 4))]).ToList();
        var card = OverviewCard.Build(PartnershipOverview.Count(Msg, latest), rag);

        await CardAssert.ValidMessageAsync(Message(card), $"overview card (rag: {rag})");
        if (rag)
        {
            Assert.Contains("Green 24 · ", TextRunTexts(card));
            Assert.Contains("Grey (pending) 0", TextRunTexts(card));
        }
        else
        {
            Assert.Contains(TextBlockTexts(card), t => t.StartsWith("1.1 Not yet established 13 · Partly established 13 · Established 12 · Exemplary 12 · pending 0", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ImportCard_IsValid_WithACompactChoicePerRateableProposal()
    {
        var card = ImportPreviousCard.Build(Msg, Partnership, new DateOnly(2019, 3, 1), new string('a', 32), "Nothing was imported.");

        await CardAssert.ValidMessageAsync(Message(card), "import previous card");
        var choices = OfType(card, "Input.ChoiceSet").ToList();
        Assert.Equal(22, choices.Count);
        Assert.All(choices, c => Assert.Equal("compact", Str(c, "style")));
        Assert.Equal("level-1.1", Str(choices[0], "id"));
        Assert.Contains(Partnership, TextRunTexts(card));
    }

    [Fact]
    public async Task SummaryCard_ShowsAlphaOnlyWhenGiven()
    {
        var summary = SummaryOf([Agreed("1.1", 2)]);

        var withAlpha = SummaryCard.Build(summary, string.Empty, byPartnership: false, new WorkshopAgreement(0.8154, 3));
        var undefined = SummaryCard.Build(summary, string.Empty, byPartnership: false, new WorkshopAgreement(null, 0));
        var without = SummaryCard.Build(summary, string.Empty, byPartnership: false);

        await CardAssert.ValidAsync(withAlpha, "summary card with alpha");
        Assert.Contains("Agreement across the workshop (Krippendorff's alpha, ordinal): 0.82. 1 means full agreement, 0 means no better than chance.", TextBlockTexts(withAlpha));
        Assert.Contains(TextBlockTexts(undefined), t => t.Contains("not defined", StringComparison.Ordinal));
        Assert.DoesNotContain(TextBlockTexts(without), t => t.Contains("Krippendorff", StringComparison.Ordinal));
    }
}
