using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>The facilitators' cards: each variant passes the official library, labels its inputs and keeps typed text inert.</summary>
public sealed class ReconciliationCardTests
{
    private static readonly Person Fiona = new("29:fiona", "Fiona [Facilitator](https://evil.example)");

    private static readonly ImprovementAction Review = new("Review the **joint** leadership plan", "Duncan <at>Lead</at>", PartnerOrganisation.LocalAuthority, new Timescale("31/03/2020"), ActionStatus.Planned);

    private static AgreedPosition Agreed(int actions = 1) => new("1.1", 1, 2, "Rationale with [a link](https://evil.example)", "The council dissents.", [.. Enumerable.Repeat(Review, actions)], Fiona, Start);

    public static TheoryData<string> Variants => new() { "new", "agreed", "error with input", "two rounds", "five actions", "worst case", "people to lead" };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task ReconcileCard_PassesTheOfficialLibrary_LabelsEveryInput_AndFitsAMessage(string variant)
    {
        var card = ReconcileCard.Build(ReconcileVariant(variant));

        await CardAssert.ValidAsync(card, $"reconcile card ({variant})");
        await CardAssert.ValidMessageAsync(Message(card), $"reconcile card ({variant})");
        Assert.All(Inputs(card), input => Assert.False(string.IsNullOrWhiteSpace(Str(input, "label")), $"{Str(input, "id")} has no label"));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public void ReconcileCard_SuggestsTheLowerLevelAndSaysWhy()
    {
        var card = ReconcileCard.Build(new ReconcileModel(Model(NewWorkshop(), [Duncan, Catriona], ProposalStatus.Revealed), [], null, null));

        Assert.Contains("Suggested level: Partly established. The median falls between Partly established and Established, so the lower level, Partly established, is suggested.", TextBlockTexts(card));
        Assert.Equal("1", Str(Input(card, "agreedLevel")!, "value"));
    }

    [Fact]
    public void ReconcileCard_ShowsTheMovementBetweenRounds()
    {
        var roundOne = TallyCalculator.Compute([Robert, Duncan, Catriona], 4, 2);
        var model = new ReconcileModel(Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed) with { Progress = Progress(ProposalStatus.Revealed, round: 2) }, [(1, roundOne)], null, null);

        var texts = TextBlockTexts(ReconcileCard.Build(model)).ToList();

        Assert.Contains("How the ratings moved between rounds", texts);
        Assert.Contains("Established: 1 → 2", texts);
        Assert.Contains("Exemplary: 0 → 1", texts);
    }

    [Fact]
    public void ReconcileCard_AddAnotherAction_AsksForOneMoreBlock_UpToFive()
    {
        var four = ReconcileCard.Build(ReconcileVariant("new") with { RequestedActionSlots = 4 });
        var five = ReconcileCard.Build(ReconcileVariant("five actions"));

        Assert.Equal(5, OfType(four, "Action.Execute").Single(a => Str(a, "title") == "Add another action")["data"]!["slots"]!.GetValue<int>());
        Assert.DoesNotContain(OfType(five, "Action.Execute"), a => Str(a, "title") == "Add another action");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AgreedCard_PassesTheOfficialLibrary_AndShowsTypedTextInert(bool revised)
    {
        var card = AgreedCard.Build(Msg, Agreed(), revised);

        await CardAssert.ValidAsync(card, "agreed card");
        Assert.Contains("The partners agreed: Established.", TextBlockTexts(card));
        Assert.Contains("Rationale with [a link](https://evil.example)", TextRunTexts(card));
        Assert.Contains("Fiona [Facilitator](https://evil.example)", TextRunTexts(card));
    }

    [Fact]
    public async Task HistoryCard_ListsEachSave_WithWhatChanged()
    {
        var first = Agreed();
        var second = first with { LevelRank = 1, Rationale = "Revised", AgreedAt = Start.AddDays(1) };
        var card = HistoryCard.Build(Msg, "1.1", [new AuditEntry("1.1", Fiona, Start, null, first), new AuditEntry("1.1", Fiona, Start.AddDays(1), first, second), new AuditEntry("1.1", Fiona, Start.AddDays(2), second, second)]);

        await CardAssert.ValidAsync(card, "history card");
        var texts = TextBlockTexts(card).ToList();
        Assert.Contains("First agreed: Established, with 1 improvement action, in round 1.", texts);
        Assert.Contains("Level changed from Established to Partly established.", texts);
        Assert.Contains("Rationale changed.", texts);
        Assert.Contains("Saved again with no change.", texts);
    }

    [Fact]
    public async Task ActionsCard_MarksOverdueInWords_AndLabelsEachStatusChoice()
    {
        var done = Review with { Status = ActionStatus.Done };
        var card = ActionsCard.Build(WorkshopId, [new PlannedAction("1.1", 0, Review), new PlannedAction("1.1", 1, done)], "All actions", new DateOnly(2026, 11, 23));

        await CardAssert.ValidAsync(card, "actions card");
        Assert.Single(TextBlockTexts(card), t => t == "Overdue");
        Assert.Single(TextBlockTexts(card), t => t == "Not overdue");
        Assert.Equal(["status-1.1-0", "status-1.1-1"], Inputs(card).Select(i => Str(i, "id")));
        Assert.All(Inputs(card), input => Assert.False(string.IsNullOrWhiteSpace(Str(input, "label"))));
        Assert.Contains("Review the **joint** leadership plan", TextRunTexts(card));
    }

    private static ReconcileModel ReconcileVariant(string variant)
    {
        var revealed = Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed);
        return variant switch
        {
            "new" => new ReconcileModel(revealed, [], null, null),
            "agreed" => new ReconcileModel(revealed, [], Agreed(), "W/\"etag\""),
            "error with input" => new ReconcileModel(revealed, [], null, null, new AgreementInput("2", "[typed](https://evil.example)", "", [new ActionInput("x", "", "NhsBoard", "Ongoing", "Planned")]), "Action 1 needs a lead."),
            "two rounds" => new ReconcileModel(revealed with { Progress = Progress(ProposalStatus.Revealed, round: 2) }, [(1, TallyCalculator.Compute([Robert], 4, 2))], null, null),
            "five actions" => new ReconcileModel(revealed, [], Agreed(actions: 5), "W/\"etag\""),
            "people to lead" => new ReconcileModel(revealed with { People = Roster(8) }, [], null, null),
            _ => WorstCase(),
        };
    }

    // 200 raters with the longest evidence, five actions with the longest text: still one Teams message.
    private static ReconcileModel WorstCase()
    {
        var ratings = ManyRaters(200, 4, i => LongEvidence(i));
        var longAction = new ImprovementAction(new string('a', AgreementRules.MaxActionFieldLength), new string('l', AgreementRules.MaxLeadLength), PartnerOrganisation.Ijb, new Timescale(new string('t', AgreementRules.MaxTimescaleLength)), ActionStatus.InProgress);
        var agreed = Agreed() with { Rationale = new string('r', AgreementRules.MaxTextLength), Dissent = new string('d', AgreementRules.MaxDissentLength), Actions = [.. Enumerable.Repeat(longAction, 5)] };
        return new ReconcileModel(Model(NewWorkshop(members: 200), ratings, ProposalStatus.Revealed) with { People = Roster(200) }, [(1, TallyCalculator.Compute(ratings, 4, 2))], agreed, "W/\"etag\"");
    }

    [Fact]
    public void TheLead_IsChosenWithThePeoplePicker_WithTheChatsPeopleAsAFewFallbackChoices()
    {
        var card = ReconcileCard.Build(ReconcileVariant("people to lead"));

        var lead = Input(card, "lead1")!;
        Assert.Equal(("Input.ChoiceSet", "filtered"), (Str(lead, "type"), Str(lead, "style")));
        Assert.Equal("graph.microsoft.com/users", lead["choices.data"]!["dataset"]!.GetValue<string>());
        Assert.Equal(8, lead["choices"]!.AsArray().Count);
    }

    private static IReadOnlyList<Member> Roster(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Member($"29:member-{i:000}", $"Member Number{i:000} Longsurname-Doublebarrelled", null, PartnerOrganisation.NhsBoard, OrganisationSource.EmailDomain) { AadObjectId = Guid.NewGuid().ToString() })];
}
