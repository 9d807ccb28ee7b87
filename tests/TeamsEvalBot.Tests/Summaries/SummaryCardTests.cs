using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>Every summary card passes the official library, fits its Teams limit and shows typed text inert.</summary>
public sealed class SummaryCardTests
{
    /// <summary>Teams' limit for a message-extension result card.</summary>
    private const int MaxResultCardBytes = 28 * 1024;

    public static TheoryData<string> SummaryVariants => new() { "nothing agreed", "some agreed", "with previous", "largest" };

    public static TheoryData<string> DetailVariants => new() { "agreed", "pending", "not for local completion", "largest", "many rounds" };

    [Theory]
    [MemberData(nameof(SummaryVariants))]
    public async Task SummaryCard_PassesTheOfficialLibrary_AndFitsAMessage(string variant)
    {
        var summary = SummaryVariant(variant);
        var card = SummaryCard.Build(summary, "@TeamsEvalBot ", byPartnership: true);

        await CardAssert.ValidAsync(card, $"summary card ({variant})");
        await CardAssert.ValidMessageAsync(Message(card), $"summary card ({variant})");
        Assert.Contains(summary.Workshop.Partnership, TextRunTexts(card));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains(summary.Workshop.Partnership, StringComparison.Ordinal));
    }

    [Fact]
    public void SummaryCard_ShowsLevelsChangesPendingCountsContestedAndActions()
    {
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.LocalAuthority, 3));
        var summary = SummaryOf(
            [Agreed("1.1", 2, 1, Action("01/01/2020"), Action("Ongoing")), Agreed("1.2", 1), Agreed("1.3", 3)],
            ratings,
            Previous(Agreed("1.1", 1), Agreed("1.2", 2), Agreed("1.3", 3)));

        var texts = TextBlockTexts(SummaryCard.Build(summary, string.Empty, byPartnership: false)).ToList();

        Assert.Contains("1.1 Established · up (previous: Partly established) · contested", texts);
        Assert.Contains("1.2 Partly established · down (previous: Established)", texts);
        Assert.Contains("1.3 Exemplary · same (previous: Exemplary)", texts);
        Assert.Contains("2.1 Pending", texts);
        Assert.Contains("3.2 Not for local completion", texts);
        Assert.Contains("1.1: ratings were 3 levels apart.", texts);
        Assert.Contains(texts, t => t.StartsWith("2 improvement actions, 1 overdue.", StringComparison.Ordinal));
        var facts = Facts(SummaryCard.Build(summary, string.Empty, byPartnership: false)).ToList();
        Assert.Contains(("Established", "1"), facts);
        Assert.Contains(("Pending", "19"), facts);
        Assert.Contains(("Not for local completion", "3"), facts);
    }

    [Theory]
    [MemberData(nameof(DetailVariants))]
    public async Task ProposalSummaryCard_PassesTheOfficialLibrary_AndFitsAMessage(string variant)
    {
        var card = ProposalSummaryCard.Build(DetailVariant(variant));

        await CardAssert.ValidAsync(card, $"proposal summary card ({variant})");
        await CardAssert.ValidMessageAsync(Message(card), $"proposal summary card ({variant})");
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal) || t.Contains("<at>", StringComparison.Ordinal));
    }

    [Fact]
    public void ProposalSummaryCard_ShowsTheIndicatorRationaleActionsRoundsAndWhoAgreed()
    {
        var card = ProposalSummaryCard.Build(DetailVariant("agreed"));

        var texts = TextBlockTexts(card).ToList();
        Assert.Contains("Agreed level: Established", texts);
        Assert.Contains(Msg.FindProposal("1.1")!.Indicators[2], texts);
        Assert.Contains("Change since the previous workshop: up (previous: Partly established).", texts);
        Assert.Contains("Round 1: Not yet established 1, Partly established 0, Established 1, Exemplary 0", texts);
        var runs = TextRunTexts(card).ToList();
        Assert.Contains("Rationale with [a link](https://evil.example)", runs);
        Assert.Contains("Review the **joint** leadership plan", runs);
        Assert.Contains("Fiona [Facilitator](https://evil.example)", runs);
        Assert.Contains(" · Planned · Overdue", runs);
        Assert.Contains(runs, r => r.StartsWith("evidence ", StringComparison.Ordinal));
    }

    [Fact]
    public void ProposalSummaryCard_ForAPendingProposal_ShowsNoEvidence()
    {
        var card = ProposalSummaryCard.Build(DetailVariant("pending"));

        Assert.Contains("No position is agreed for this proposal yet.", TextBlockTexts(card));
        Assert.DoesNotContain(TextRunTexts(card), r => r.StartsWith("evidence ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResultCard_PassesTheOfficialLibrary_AndFitsTheMessageExtensionLimit(bool largest)
    {
        var (agreed, _, _) = Largest();
        var position = largest ? agreed[0] : Agreed("1.1", 2, 1, Action("01/01/2020"));
        var match = new PositionMatch(Msg, NewWorkshop(partnership: largest ? new string('P', 120) : Partnership), Msg.FindProposal(position.ProposalId)!, position);

        var card = AgreedPositionResultCard.Build(match, Today);

        await CardAssert.ValidAsync(card, "result card");
        Assert.True(card.ToJsonString().Length * 2 <= MaxResultCardBytes, $"The result card is {card.ToJsonString().Length * 2} bytes.");
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public void ResultPreview_IsPlainText_WithoutTheMarkupOfATypedName()
    {
        var match = new PositionMatch(Msg, NewWorkshop(partnership: "Angus <b>HSCP</b> [x](https://evil.example)"), Msg.FindProposal("2.3")!, Agreed("2.3", 1));

        var preview = AgreedPositionResultCard.Preview(match);

        Assert.Equal("2.3 Partly established", preview["title"]!.GetValue<string>());
        var text = preview["text"]!.GetValue<string>();
        Assert.StartsWith("Angus  b HSCP", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => "<>[]()*".Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummaryReplies_PassTheOfficialLibrary_AndShowTypedTextInert()
    {
        JsonObject[] cards =
        [
            SummaryReplies.NotAllowed("Angus [x](https://evil.example)", "@TeamsEvalBot "),
            SummaryReplies.NoWorkshopHere(string.Empty),
            SummaryReplies.UnknownPartnership("**Nowhere**", string.Empty),
            SummaryReplies.SeveralPartnerships("angus", ["Angus A", "Angus <b>B</b>"], string.Empty),
            SummaryReplies.UnknownProposal("9.9", string.Empty),
        ];

        foreach (var card in cards)
        {
            await CardAssert.ValidAsync(card, "summary reply");
            Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal) || t.Contains("**Nowhere**", StringComparison.Ordinal) || t.Contains("<b>", StringComparison.Ordinal));
        }
    }

    private static WorkshopSummary SummaryVariant(string variant)
    {
        switch (variant)
        {
            case "nothing agreed":
                return SummaryOf([]);
            case "some agreed":
                return SummaryOf([Agreed("1.1", 2, 1, Action("01/01/2020")), Agreed("2.3", 0)], Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.Ijb, 3)));
            case "with previous":
                return SummaryOf([Agreed("1.1", 2), Agreed("1.2", 1)], previous: Previous(Agreed("1.1", 1), Agreed("1.2", 1)));
            default:
                var (agreed, ratings, previous) = Largest();
                return SummaryCalculator.Summarise(Msg, NewWorkshop(partnership: new string('P', 120)), agreed, ratings, previous, Today);
        }
    }

    private static ProposalDetail DetailVariant(string variant)
    {
        var proposal = Msg.FindProposal("1.1")!;
        var ratings = Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 0), (PartnerOrganisation.LocalAuthority, 2));
        switch (variant)
        {
            case "agreed":
                var agreed = Agreed("1.1", 2, 1, Action("01/01/2020")) with { Dissent = "The council [dissents](https://evil.example)." };
                return ProposalDetail.Build(Msg, NewWorkshop(), proposal, agreed, Progress(ProposalStatus.Revealed), ratings, Previous(Agreed("1.1", 1)), Today);
            case "pending":
                return ProposalDetail.Build(Msg, NewWorkshop(), proposal, null, Progress(ProposalStatus.Closed), ratings, null, Today);
            case "not for local completion":
                return ProposalDetail.Build(Msg, NewWorkshop(), Msg.FindProposal("3.2")!, null, null, ratings, null, Today);
            case "many rounds":
                var rounds = Enumerable.Range(1, 40).ToDictionary(r => new ProposalRound("1.1", r), r => (IReadOnlyList<TeamsEvalBot.Domain.Rating.RatingEntry>)ManyRaters(20, 4, i => LongEvidence(i)));
                return ProposalDetail.Build(Msg, NewWorkshop(), proposal, Agreed("1.1", 3, round: 40), Progress(ProposalStatus.Revealed, round: 40), rounds, null, Today);
            default:
                var (all, allRatings, previous) = Largest();
                return ProposalDetail.Build(Msg, NewWorkshop(partnership: new string('P', 120)), Msg.FindProposal(all[0].ProposalId)!, all[0], Progress(ProposalStatus.Revealed, all[0].ProposalId, round: 3), allRatings, previous, Today);
        }
    }
}
