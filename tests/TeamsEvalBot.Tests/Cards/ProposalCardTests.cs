using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

public sealed class ProposalCardTests
{
    private const string Markdown = "[link](https://evil.example) <at>x</at> **b**";

    // Evidence fillers: plain English; Gaelic with the curly quotes and dashes Word puts in; nothing but escaped characters.
    private const string Plain = "The partnership board minutes show joint decisions on leadership. ";
    private const string GaelicAndWordPunctuation = "Tha an com-pàirteachas a’ coinneachadh gach mìos — “ceum air adhart”. ";
    private const string AllEscaped = "àèìòù’“”–•éáóú";

    private static readonly string[] SecretEvidence =
        ["SECRET-EVIDENCE-ALISON", "SECRET-EVIDENCE-ROBERT", "SECRET-EVIDENCE-CATRIONA", "SECRET-EVIDENCE-DUNCAN", "SECRET-EVIDENCE-EILIDH"];

    private static readonly string[] SecretNames =
        ["Alison", "Secretname", "Robert", "Hiddenperson", "Catriona", "Quietname", "Duncan", "Unseenman", "Eilidh", "Privatename"];

    /// <summary>Every card the bot builds for a workshop, by a name that says which view it is.</summary>
    private static readonly Dictionary<string, Func<JsonObject>> Variants = new(StringComparer.Ordinal)
    {
        ["shared, blind, nobody rated"] = () => ProposalCard.Shared(Model(NewWorkshop(), [])),
        ["shared, blind, 2 of 5 rated"] = () => ProposalCard.Shared(Model(NewWorkshop(), [Alison, Robert])),
        ["shared, blind off, 5 rated"] = () => ProposalCard.Shared(Model(NewWorkshop(blind: false), FiveRaters)),
        ["shared, closed"] = () => ProposalCard.Shared(Model(NewWorkshop(), FiveRaters, ProposalStatus.Closed)),
        ["shared, workshop ended"] = () => ProposalCard.Shared(Model(NewWorkshop(status: WorkshopStatus.Ended), FiveRaters)),
        ["own, rated"] = () => ProposalCard.Own(Model(NewWorkshop(), [Alison, Robert]), Alison),
        ["own, unknown organisation"] = () => ProposalCard.Own(Model(NewWorkshop(), [Alison, Eilidh]), Eilidh),
        ["own, closed"] = () => ProposalCard.Own(Model(NewWorkshop(), [Alison, Robert], ProposalStatus.Closed), Alison),
        ["own, unknown organisation, closed"] = () => ProposalCard.Own(Model(NewWorkshop(), [Eilidh], ProposalStatus.Closed), Eilidh),
        ["revealed, named"] = () => ProposalCard.Shared(Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed)),
        ["revealed, anonymous"] = () => ProposalCard.Shared(Model(NewWorkshop(Anonymity.Anonymous), FiveRaters, ProposalStatus.Revealed)),
        ["revealed, nobody rated"] = () => ProposalCard.Shared(Model(NewWorkshop(), [], ProposalStatus.Revealed)),
        ["revealed, no evidence"] = () => ProposalCard.Shared(Model(NewWorkshop(), [Alison with { Evidence = "" }], ProposalStatus.Revealed)),
        ["revealed, own view"] = () => ProposalCard.Own(Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed), Alison),
        ["revealed, page 1 of many"] = () => ProposalCard.Revealed(Model(NewWorkshop(members: 40), ManyRaters(40, 4, i => LongEvidence(i)), ProposalStatus.Revealed), page: 1),
        ["with error, open"] = () => ProposalCard.WithError(Model(NewWorkshop(), [Robert]), new SubmittedRating("2", "My evidence", "My action"), "Choose a level.", "Pick one of the four levels, then press Rate."),
        ["with error, bad level"] = () => ProposalCard.WithError(Model(NewWorkshop(), [Robert]), new SubmittedRating("9", "My evidence", null), "That level does not exist.", "Pick one of the levels."),
        ["with error, closed"] = () => ProposalCard.WithError(Model(NewWorkshop(), [Robert], ProposalStatus.Closed), new SubmittedRating("2", "My evidence", "My action"), "This proposal is closed, so your rating was not saved.", "Ask the facilitator to open a new round."),
        ["workshop card"] = () => WorkshopCard.Build(NewWorkshop(), Msg),
        ["workshop card, anonymous, with notice"] = () => WorkshopCard.Build(NewWorkshop(Anonymity.Anonymous, blind: false, minimumGroupSize: 3), Msg, "Settings saved."),
        ["status card"] = () => StatusCard.Build(NewWorkshop(), Msg, [(Progress(), 2), (Progress(ProposalStatus.Revealed, "1.2", 2), 5), (Progress(proposalId: "3.2"), 0)]),
        ["status card, nothing posted"] = () => StatusCard.Build(NewWorkshop(), Msg, []),
        ["organisation card"] = () => OrganisationCard.Build(WorkshopId, PartnerOrganisation.Unknown),
        ["organisation card, chosen, with notice"] = () => OrganisationCard.Build(WorkshopId, PartnerOrganisation.ThirdSector, "Saved: Third sector."),
        ["information card 3.2"] = () => InformationCard.Build(Msg, Msg.FindProposal("3.2")!),
        ["demo, shared"] = () => ProposalCard.Shared(Model(NewWorkshop(frameworkId: "ci-demo"), [DemoRating(0), DemoRating(5)], framework: Demo)),
        ["demo, shared, blind off"] = () => ProposalCard.Shared(Model(NewWorkshop(blind: false, frameworkId: "ci-demo"), DemoRatings, framework: Demo)),
        ["demo, own"] = () => ProposalCard.Own(Model(NewWorkshop(frameworkId: "ci-demo"), DemoRatings, framework: Demo), DemoRatings[0]),
        ["demo, revealed"] = () => ProposalCard.Shared(Model(NewWorkshop(frameworkId: "ci-demo"), DemoRatings, ProposalStatus.Revealed, framework: Demo)),
        ["demo, with error"] = () => ProposalCard.WithError(Model(NewWorkshop(frameworkId: "ci-demo"), [], framework: Demo), new SubmittedRating("5", "x", "y"), "Something went wrong.", "Try again."),
        ["demo, workshop card"] = () => WorkshopCard.Build(NewWorkshop(frameworkId: "ci-demo"), Demo),
    };

    private static IReadOnlyList<RatingEntry> DemoRatings => [.. Enumerable.Range(0, 6).Select(DemoRating)];

    public static TheoryData<string> VariantNames => new(Variants.Keys);

    [Theory]
    [MemberData(nameof(VariantNames))]
    public async Task Card_EachVariant_PassesTheOfficialLibrary(string variant) =>
        await CardAssert.ValidAsync(Variants[variant](), variant);

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Card_EachVariant_IsVersionOnePointFiveAndFullWidth(string variant)
    {
        var card = Variants[variant]();

        Assert.Equal("AdaptiveCard", TypeOf(card));
        Assert.Equal("1.5", Str(card, "version"));
        Assert.Equal("Full", card["msteams"]?["width"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Card_EachVariant_LabelsEveryInput(string variant)
    {
        var card = Variants[variant]();

        Assert.All(Inputs(card), input => Assert.False(string.IsNullOrWhiteSpace(Str(input, "label")), $"{variant}: {input.ToJsonString()} has no label"));
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Card_EachVariant_GivesEveryExecuteASubmitFallback(string variant)
    {
        var card = Variants[variant]();

        Assert.All(OfType(card, "Action.Execute"), action =>
        {
            var fallback = Assert.IsType<JsonObject>(action["fallback"]);
            Assert.Equal("Action.Submit", TypeOf(fallback));
            Assert.Equal(Str(action, "title"), Str(fallback, "title"));
            // The Submit carries the verb in its data, so the bot can route it like the Execute.
            Assert.Equal(Str(action, "verb"), fallback["data"]?["verb"]?.GetValue<string>());
            Assert.All(action["data"]!.AsObject(), p => Assert.True(JsonNode.DeepEquals(p.Value, fallback["data"]![p.Key]), $"{variant}: fallback data {p.Key} differs"));
        });
    }

    [Fact]
    public void Card_Variants_CoverEveryKindOfAction()
    {
        // Guards the theories above: they must see Execute actions and inputs, or they prove nothing.
        var executes = Variants.Values.SelectMany(v => OfType(v(), "Action.Execute")).Select(a => Str(a, "verb")).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal([CardVerbs.MoreEvidence, CardVerbs.ChooseOrganisation, CardVerbs.Rate, CardVerbs.Settings], executes);
        Assert.Contains(Variants.Values, v => Inputs(v()).Any());
    }

    [Fact]
    public void Shared_BlindBeforeReveal_CarriesNoOtherRatersEvidenceNamesOrCounts()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(blind: true), [Alison, Robert]));
        var json = card.ToJsonString();

        Assert.All(SecretEvidence, secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET-ACTION", json, StringComparison.Ordinal);
        Assert.All(SecretNames, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
        Assert.Contains("2 of 5 have rated.", TextBlockTexts(card));
        // No results at all: no per-level counts, no measures, no flags, no organisation breakdown.
        Assert.DoesNotContain("Results", TextBlockTexts(card));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.EndsWith("%)", StringComparison.Ordinal));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("onsensus", StringComparison.Ordinal));
        Assert.Empty(OfType(card, "FactSet"));
        Assert.Empty(OfType(card, "ColumnSet"));
        // The empty form: nothing pre-filled from anyone's rating.
        Assert.All(Inputs(card), i => Assert.Null(Str(i, "value")));
    }

    [Fact]
    public void Shared_BlindOff_ShowsLiveCountsButNoEvidenceOrNames()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(blind: false), FiveRaters));
        var json = card.ToJsonString();

        Assert.Contains("Results", TextBlockTexts(card));
        Assert.Contains("Exemplary: 1 of 5 (20%)", TextBlockTexts(card));
        Assert.All(SecretEvidence, secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.All(SecretNames, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
    }

    [Fact]
    public void Own_BeforeReveal_ShowsOwnEvidenceButNoOneElses()
    {
        var card = ProposalCard.Own(Model(NewWorkshop(), FiveRaters), Alison);
        var json = card.ToJsonString();

        Assert.Contains(Alison.Evidence, TextRunTexts(card));
        Assert.Equal(Alison.Evidence, Str(Input(card, "evidence")!, "value"));
        Assert.Equal(Alison.SuggestedAction, Str(Input(card, "suggestedAction")!, "value"));
        Assert.Equal("3", Str(Input(card, "level")!, "value"));
        Assert.Contains("You rated this Exemplary.", TextBlockTexts(card));
        Assert.Contains("5 of 5 have rated.", TextBlockTexts(card));
        Assert.All(SecretEvidence.Skip(1), secret => Assert.DoesNotContain(secret, json, StringComparison.Ordinal));
        Assert.All(["SECRET-ACTION-ROBERT", "SECRET-ACTION-CATRIONA", "SECRET-ACTION-DUNCAN", "SECRET-ACTION-EILIDH"], a => Assert.DoesNotContain(a, json, StringComparison.Ordinal));
        Assert.All(SecretNames, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
        Assert.DoesNotContain("Results", TextBlockTexts(card));
        Assert.Contains(OfType(card, "Action.Execute"), a => Str(a, "title") == "Change my rating");
    }

    [Fact]
    public void Own_BlindOff_ShowsTheLiveResultsLikeTheSharedCard()
    {
        // With blind mode off, the card in the chat shows the live results. Once a person has rated,
        // refresh gives them the own view instead, which must not lose the results they could see before rating.
        var model = Model(NewWorkshop(blind: false), FiveRaters);

        var card = ProposalCard.Own(model, Alison);

        Assert.Contains("Exemplary: 1 of 5 (20%)", TextBlockTexts(ProposalCard.Shared(model)));
        Assert.Contains("Exemplary: 1 of 5 (20%)", TextBlockTexts(card));
    }

    [Fact]
    public void Own_UnknownOrganisation_AsksWhichOrganisation()
    {
        var card = ProposalCard.Own(Model(NewWorkshop(), [Alison, Eilidh]), Eilidh);

        Assert.Contains(OrganisationCard.Question, TextBlockTexts(card));
        var question = Input(card, "organisation");
        Assert.NotNull(question);
        Assert.Null(Str(question, "value"));
        Assert.Equal(
            PartnerOrganisations.Choosable.Select(o => o.DisplayName()),
            question["choices"]!.AsArray().Select(c => Str(c!.AsObject(), "title")));
        var save = Assert.Single(OfType(card, "Action.Execute"), a => Str(a, "verb") == CardVerbs.ChooseOrganisation);
        Assert.Equal(WorkshopId, save["data"]?["workshopId"]?.GetValue<string>());
        Assert.Equal("1.1", save["data"]?["proposalId"]?.GetValue<string>());
        Assert.Equal(1, save["data"]?["round"]?.GetValue<int>());
    }

    [Fact]
    public void Own_KnownOrganisation_DoesNotAsk()
    {
        var card = ProposalCard.Own(Model(NewWorkshop(), [Alison, Eilidh]), Alison);

        Assert.DoesNotContain(OrganisationCard.Question, TextBlockTexts(card));
        Assert.Null(Input(card, "organisation"));
    }

    [Fact]
    public void Revealed_Named_ShowsNameAndOrganisationNextToEachEvidence()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(Anonymity.Named), FiveRaters, ProposalStatus.Revealed));

        Assert.All(FiveRaters, rating =>
        {
            var paragraph = Assert.Single(OfType(card, "RichTextBlock"), p => RunTexts(p).Contains(rating.Evidence));
            Assert.Contains($"{rating.ParticipantName}, {rating.Organisation.DisplayName()}", RunTexts(paragraph));
        });
        Assert.Contains(TextRunTexts(card), t => t == "Alison Secretname, NHS board");
        Assert.Contains(TextRunTexts(card), t => t == "Eilidh Privatename, Not known yet");
        Assert.Contains("Results revealed. 5 of 5 rated.", TextBlockTexts(card));
    }

    [Fact]
    public void Revealed_Named_GroupsEvidenceByLevelWithCounts()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(Anonymity.Named), FiveRaters, ProposalStatus.Revealed));
        var texts = TextBlockTexts(card).ToList();

        // Levels in rank order, each heading followed by its evidence: Robert 0, Duncan 1, Catriona and Eilidh 2, Alison 3.
        var evidenceStart = texts.IndexOf("Evidence");
        Assert.True(evidenceStart >= 0);
        Assert.Equal(
            ["Not yet established (1)", "Partly established (1)", "Established (2)", "Exemplary (1)"],
            texts.Skip(evidenceStart + 1));
        var order = ParagraphsBelowHeader(card).Select(p => RunTexts(p)[0]).ToList();
        // Within a level, named evidence is grouped by organisation: Eilidh (not known yet) before Catriona (NHS board).
        Assert.Equal([Robert.Evidence, Duncan.Evidence, Eilidh.Evidence, Catriona.Evidence, Alison.Evidence], order);
    }

    [Fact]
    public void Revealed_Anonymous_ShowsEvidenceWithoutNamesOrOrganisations()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(Anonymity.Anonymous), FiveRaters, ProposalStatus.Revealed));
        var json = card.ToJsonString();
        string[] organisationNames = [.. Enum.GetValues<PartnerOrganisation>().Select(o => o.DisplayName())];

        Assert.All(FiveRaters, rating =>
        {
            var paragraph = Assert.Single(OfType(card, "RichTextBlock"), p => RunTexts(p).Contains(rating.Evidence));
            Assert.All(RunTexts(paragraph), run => Assert.DoesNotContain(organisationNames, o => run.Contains(o, StringComparison.Ordinal)));
        });
        Assert.All(SecretNames, name => Assert.DoesNotContain(name, json, StringComparison.Ordinal));
        Assert.All(Strings(card), s => Assert.DoesNotContain(SecretNames, n => s.Value.Contains(n, StringComparison.Ordinal)));
    }

    [Fact]
    public void Revealed_Named_AnOrganisationBelowTheSmallestGroup_IsNamedNeitherInTheBreakdownNorBesideItsEvidence()
    {
        // The only third-sector rater, beside two NHS board and two local authority raters.
        var zebediah = ProposalCardFixtures.Rating("29:zebediah", "Zebediah Secretname", PartnerOrganisation.ThirdSector, 1, "SECRET-EVIDENCE-ZEBEDIAH: carers sit on the planning group", minutes: 5);
        var card = ProposalCard.Shared(Model(NewWorkshop(Anonymity.Named, members: 6), [.. FiveRaters, zebediah], ProposalStatus.Revealed));

        var paragraph = Assert.Single(OfType(card, "RichTextBlock"), p => RunTexts(p).Contains(zebediah.Evidence));
        Assert.Equal([zebediah.Evidence, " — ", "Zebediah Secretname"], RunTexts(paragraph));
        Assert.DoesNotContain(PartnerOrganisation.ThirdSector.DisplayName(), card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("To keep ratings anonymous, I do not show 1 organisation that has fewer than 2 raters.", TextBlockTexts(card));
        Assert.Contains(TextRunTexts(card), t => t == "Alison Secretname, NHS board");
    }

    [Fact]
    public void Revealed_Distribution_ShowsEachLevelNameWithItsCountAsText()
    {
        // Ranks [2,2,2,1]: 0, 1, 3 and 0 of 4; 75 % on Established and IQR 0.25, so consensus.
        var ratings = new[] { Alison with { LevelRank = 2 }, Robert with { LevelRank = 2 }, Catriona with { LevelRank = 2 }, Duncan with { LevelRank = 1 } };
        var card = ProposalCard.Shared(Model(NewWorkshop(members: 6), ratings, ProposalStatus.Revealed));
        var texts = TextBlockTexts(card).ToList();

        Assert.Contains("Not yet established: 0 of 4 (0%)", texts);
        Assert.Contains("Partly established: 1 of 4 (25%)", texts);
        Assert.Contains("Established: 3 of 4 (75%)", texts);
        Assert.Contains("Exemplary: 0 of 4 (0%)", texts);
        Assert.Contains(texts, t => t.Contains("Consensus", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("No consensus", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Organisations disagree", StringComparison.Ordinal));
        // One bar for each level with ratings.
        Assert.Equal(2, OfType(card, "ColumnSet").Count());
        var facts = Facts(card).ToDictionary(f => f.Title, f => f.Value, StringComparer.Ordinal);
        Assert.Equal("Established", facts["Median"]);
        Assert.Equal("75% chose Established", facts["Agreement"]);
        Assert.Equal("0.25 levels", facts["Interquartile range"]);
        Assert.Equal("1 level", facts["Spread"]);
    }

    [Fact]
    public void Revealed_SplitBetweenOrganisations_SaysNoConsensusAndOrganisationsDisagreeInWords()
    {
        // NHS [1,1] median 1, local authority [2,2] median 2: a level apart. Ranks [1,1,2,2]: 50 % each,
        // both named as modal; the median 1.5 falls between Partly established and Established.
        var ratings = new[]
        {
            Alison with { LevelRank = 1 }, Catriona with { LevelRank = 1 },
            Robert with { LevelRank = 2 }, Duncan with { LevelRank = 2 },
        };
        var card = ProposalCard.Shared(Model(NewWorkshop(), ratings, ProposalStatus.Revealed));
        var texts = TextBlockTexts(card).ToList();
        var facts = Facts(card).ToList();

        Assert.Contains(texts, t => t.Contains("No consensus", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Organisations disagree", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Clear disagreement", StringComparison.Ordinal));
        Assert.Contains(("Median", "Partly established (the median falls between Partly established and Established; the lower level is shown)"), facts);
        Assert.Contains(("Agreement", "50% chose Partly established and Established"), facts);
        Assert.Contains("By partner organisation", texts);
        Assert.Contains(("NHS board", "median Partly established (2 rated)"), facts);
        Assert.Contains(("Local authority", "median Established (2 rated)"), facts);
    }

    [Fact]
    public void Revealed_SmallOrganisation_IsLeftOutAndSaysSo()
    {
        // NHS [3,2] shown; local authority [0] and IJB [1] have one rater each, under the minimum of 2.
        // Ranks [0,1,2,3]: spread 3, a clear disagreement.
        var ratings = new[] { Alison, Catriona, Robert, Duncan with { Organisation = PartnerOrganisation.Ijb } };
        var card = ProposalCard.Shared(Model(NewWorkshop(), ratings, ProposalStatus.Revealed));
        var texts = TextBlockTexts(card).ToList();
        var facts = Facts(card).ToList();

        Assert.Contains("To keep ratings anonymous, I do not show 2 organisations that have fewer than 2 raters each.", texts);
        Assert.Contains(("NHS board", "median between Established and Exemplary (2 rated)"), facts);
        Assert.DoesNotContain(facts, f => f.Title is "Local authority" or "IJB");
        Assert.Contains(texts, t => t.Contains("Clear disagreement", StringComparison.Ordinal));
    }

    [Fact]
    public void Revealed_NobodyRated_ShowsNoResultsAndSaysNobodyAddedEvidence()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(), [], ProposalStatus.Revealed));

        Assert.Contains("Results revealed. 0 of 5 rated.", TextBlockTexts(card));
        Assert.Contains("Nobody added evidence.", TextBlockTexts(card));
        Assert.DoesNotContain("Results", TextBlockTexts(card));
    }

    [Theory]
    // MSG: 50 raters at each of 4 levels, 3 excerpts a level a page → pages 0–16; page 16 holds 2 a level.
    [InlineData("msg-2019", Plain, 16, 8)]
    [InlineData("msg-2019", GaelicAndWordPunctuation, 16, 8)]
    // Demo: 34, 34, 33, 33, 33, 33 raters on 6 levels → pages 0–11; page 11 holds one each for the first two levels.
    [InlineData("ci-demo", Plain, 11, 2)]
    [InlineData("ci-demo", GaelicAndWordPunctuation, 11, 2)]
    public async Task Revealed_TwoHundredRatersWithLongestEvidence_FitsOneMessageOnEveryPage(string frameworkId, string filler, int lastPage, int excerptsOnLastPage)
    {
        // 200 raters, named, each with 2,000 characters of their own evidence and 1,000 of action.
        var framework = Catalogue.TryGet(frameworkId, out var f) ? f : throw new InvalidOperationException(frameworkId);
        var ratings = ManyRaters(200, framework.Levels.Count, i => LongEvidence(i, filler));
        var model = Model(NewWorkshop(Anonymity.Named, members: 200, frameworkId: frameworkId), ratings, ProposalStatus.Revealed, framework);
        Assert.All(ratings, r => Assert.Equal(RatingRules.MaxEvidenceLength, r.Evidence.Length));
        Assert.Equal(200, ratings.Select(r => r.Evidence).Distinct().Count());

        var first = ProposalCard.Revealed(model, page: 0);
        var middle = ProposalCard.Revealed(model, page: 8);
        var last = ProposalCard.Revealed(model, page: lastPage);

        await CardAssert.ValidMessageAsync(Message(first), $"{frameworkId}: page 0 of 200 raters");
        await CardAssert.ValidMessageAsync(Message(middle), $"{frameworkId}: page 8 of 200 raters");
        await CardAssert.ValidMessageAsync(Message(last), $"{frameworkId}: page {lastPage} of 200 raters");
        Assert.Equal(3 * framework.Levels.Count, ParagraphsBelowHeader(first).Count());
        Assert.Equal(excerptsOnLastPage, ParagraphsBelowHeader(last).Count());
        var more = Assert.Single(OfType(first, "Action.Execute"));
        AssertEvidencePageAction(more, "More evidence", page: 1);
        Assert.Collection(
            OfType(middle, "Action.Execute"),
            previous => AssertEvidencePageAction(previous, "Previous evidence", page: 7),
            next => AssertEvidencePageAction(next, "More evidence", page: 9));
        AssertEvidencePageAction(Assert.Single(OfType(last, "Action.Execute")), "Previous evidence", page: lastPage - 1);
    }

    [Theory]
    [InlineData("msg-2019")]
    [InlineData("ci-demo")]
    public async Task Revealed_TwoHundredRatersWithNonAsciiEvidence_FitsOneMessage(string frameworkId)
    {
        // The wire JSON escapes every non-ASCII character as \uXXXX: six characters for one. Evidence written
        // wholly in accented letters and typographic punctuation is the worst case for size, and EvidenceSection
        // promises that "even 200 raters with full evidence fit a Teams message".
        var framework = Catalogue.TryGet(frameworkId, out var f) ? f : throw new InvalidOperationException(frameworkId);
        var ratings = ManyRaters(200, framework.Levels.Count, i => LongEvidence(i, AllEscaped));
        var model = Model(NewWorkshop(Anonymity.Named, members: 200, frameworkId: frameworkId), ratings, ProposalStatus.Revealed, framework);

        await CardAssert.ValidMessageAsync(Message(ProposalCard.Revealed(model, page: 0)), $"{frameworkId}: page 0 of 200 raters, non-ASCII evidence");
    }

    [Fact]
    public void Revealed_LongEvidence_IsShortenedToAnExcerpt()
    {
        var longEvidence = Alison with { Evidence = LongEvidence(1) };
        var card = ProposalCard.Shared(Model(NewWorkshop(), [longEvidence], ProposalStatus.Revealed));

        var excerpt = RunTexts(Assert.Single(ParagraphsBelowHeader(card)))[0];
        Assert.Equal(LongEvidence(1)[..EvidenceSection.ExcerptLength] + "…", excerpt);
    }

    [Fact]
    public void Revealed_ExcerptCutInsideAnEmoji_KeepsTheTextValid()
    {
        // "🙂" is two UTF-16 chars; placed at 279–280 the 280-char cut falls between them.
        var evidence = new string('a', EvidenceSection.ExcerptLength - 1) + "🙂 and more words after the cut";
        var card = ProposalCard.Shared(Model(NewWorkshop(), [Alison with { Evidence = evidence }], ProposalStatus.Revealed));

        var excerpt = RunTexts(Assert.Single(ParagraphsBelowHeader(card)))[0];
        Assert.True(IsWellFormedUtf16(excerpt), $"the excerpt ends in a broken surrogate pair: …{string.Concat(excerpt[^3..].Select(c => $"\\u{(int)c:X4}"))}");
        // On the wire System.Text.Json writes a lone surrogate as U+FFFD, the replacement character.
        var sent = JsonNode.Parse(card.ToJsonString())!.AsObject();
        Assert.DoesNotContain(Strings(sent), s => s.Value.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(59)]
    [InlineData(60)]
    public void Refresh_UpToSixtyMembers_ListsTheirIds(int members)
    {
        var ids = MemberIds(members);
        var model = Model(NewWorkshop(members: members), [Alison], refreshUserIds: ids);

        foreach (var card in new[] { ProposalCard.Shared(model), ProposalCard.Own(model, Alison), ProposalCard.Revealed(model, 0), ProposalCard.WithError(model, new SubmittedRating(null, null, null), "a", "b") })
        {
            var refresh = card["refresh"]!.AsObject();
            Assert.Equal(ids, refresh["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));
            Assert.Equal("Action.Execute", TypeOf(refresh["action"]!.AsObject()));
            Assert.Equal(CardVerbs.Refresh, refresh["action"]?["verb"]?.GetValue<string>());
            Assert.Equal(WorkshopId, refresh["action"]?["data"]?["workshopId"]?.GetValue<string>());
            Assert.Equal("1.1", refresh["action"]?["data"]?["proposalId"]?.GetValue<string>());
        }
    }

    [Theory]
    [InlineData(61)]
    [InlineData(200)]
    public void Refresh_OverSixtyMembers_ListsNobody(int members)
    {
        var model = Model(NewWorkshop(members: members), [Alison], refreshUserIds: MemberIds(members));

        foreach (var card in new[] { ProposalCard.Shared(model), ProposalCard.Own(model, Alison), ProposalCard.Revealed(model, 0) })
        {
            var userIds = Assert.IsType<JsonArray>(card["refresh"]?["userIds"]);
            Assert.Empty(userIds);
            Assert.Equal(CardVerbs.Refresh, card["refresh"]?["action"]?["verb"]?.GetValue<string>());
        }
    }

    public static TheoryData<string> MarkdownViews => new(["own", "with error, open", "with error, closed", "revealed, named", "revealed, anonymous"]);

    [Theory]
    [MemberData(nameof(MarkdownViews))]
    public void Evidence_WithMarkdown_AppearsOnlyAsATextRun(string view)
    {
        var mine = Alison with { Evidence = Markdown, SuggestedAction = Markdown, ParticipantName = "**Ali** [me](https://evil.example/name)" };
        var model = Model(NewWorkshop(view.EndsWith("anonymous", StringComparison.Ordinal) ? Anonymity.Anonymous : Anonymity.Named), [mine, Robert], view.StartsWith("revealed", StringComparison.Ordinal) ? ProposalStatus.Revealed : view.EndsWith("closed", StringComparison.Ordinal) ? ProposalStatus.Closed : ProposalStatus.Open);
        var card = view switch
        {
            "own" => ProposalCard.Own(model, mine),
            "with error, open" or "with error, closed" => ProposalCard.WithError(model, new SubmittedRating("1", Markdown, Markdown), "Not saved.", "Try again."),
            _ => ProposalCard.Shared(model),
        };

        var typed = Strings(card).Where(s => s.Value.Contains("evil.example", StringComparison.Ordinal)).ToList();
        // The open error card gives the words back only in the form; every other view shows them as a run.
        Assert.Contains(typed, s => view == "with error, open"
            ? s.OwnerType == "Input.Text" && s.Value == Markdown
            : s.OwnerType == "TextRun" && s.Property == "text" && s.Value.Contains(Markdown, StringComparison.Ordinal));
        Assert.All(typed, s => Assert.True(
            (s.OwnerType == "TextRun" && s.Property == "text") || (s.OwnerType == "Input.Text" && s.Property == "value"),
            $"{view}: typed text is shown as markdown at {s}"));
    }

    public static TheoryData<string> PartnershipViews => new(["shared", "own", "revealed", "with error", "workshop card", "status card"]);

    [Theory]
    [MemberData(nameof(PartnershipViews))]
    public void Partnership_WithMarkdown_AppearsOnlyAsATextRun(string view)
    {
        // The facilitator types the partnership name ("start workshop …"), so it is a person's text.
        var workshop = NewWorkshop(partnership: "[Angus](https://evil.example/p) **HSCP**");
        var model = Model(workshop, [Alison], view == "revealed" ? ProposalStatus.Revealed : ProposalStatus.Open);
        var card = view switch
        {
            "shared" => ProposalCard.Shared(model),
            "own" => ProposalCard.Own(model, Alison),
            "revealed" => ProposalCard.Shared(model),
            "with error" => ProposalCard.WithError(model, new SubmittedRating(null, null, null), "Not saved.", "Try again."),
            "workshop card" => WorkshopCard.Build(workshop, Msg),
            _ => StatusCard.Build(workshop, Msg, [(Progress(), 1)]),
        };

        var typed = Strings(card).Where(s => s.Value.Contains("evil.example", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(typed);
        Assert.All(typed, s => Assert.True(s.OwnerType == "TextRun" && s.Property == "text", $"{view}: the partnership name is shown as markdown at {s}"));
    }

    [Fact]
    public void WithError_OpenProposal_KeepsWhatThePersonTyped()
    {
        var card = ProposalCard.WithError(Model(NewWorkshop(), [Robert]), new SubmittedRating("2", "My evidence, kept", "My action, kept"), "Your rating was not saved.", "Press Rate again.");

        Assert.Equal("2", Str(Input(card, "level")!, "value"));
        Assert.Equal("My evidence, kept", Str(Input(card, "evidence")!, "value"));
        Assert.Equal("My action, kept", Str(Input(card, "suggestedAction")!, "value"));
        var problem = Assert.Single(OfType(card, "TextBlock"), t => Str(t, "text") == "Your rating was not saved.");
        Assert.Equal("Attention", Str(problem, "color"));
        Assert.Contains("Press Rate again.", TextBlockTexts(card));
        Assert.Contains(OfType(card, "Action.Execute"), a => Str(a, "verb") == CardVerbs.Rate && Str(a, "title") == "Rate");
        Assert.DoesNotContain("SECRET-EVIDENCE-ROBERT", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithError_LevelThatDoesNotExist_KeepsTheTextButNotTheLevel()
    {
        var card = ProposalCard.WithError(Model(NewWorkshop(), []), new SubmittedRating("9", "Kept evidence", null), "No such level.", "Choose one of the four.");

        Assert.Null(Str(Input(card, "level")!, "value"));
        Assert.Equal("Kept evidence", Str(Input(card, "evidence")!, "value"));
    }

    [Fact]
    public void WithError_ClosedProposal_ShowsTheUnsavedEvidenceToCopyWithoutAForm()
    {
        var card = ProposalCard.WithError(Model(NewWorkshop(), [Robert], ProposalStatus.Closed), new SubmittedRating("2", "Words to copy", null), "This proposal is closed, so your rating was not saved.", "Ask the facilitator.");

        Assert.Empty(Inputs(card));
        var paragraph = Assert.Single(ParagraphsBelowHeader(card));
        Assert.Equal(["Your evidence, not saved: ", "Words to copy"], RunTexts(paragraph));
    }

    [Fact]
    public void Shared_Closed_ShowsNoFormAndSaysTheFacilitatorWillReveal()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(), FiveRaters, ProposalStatus.Closed));

        Assert.Empty(Inputs(card));
        Assert.Empty(OfType(card, "Action.Execute"));
        Assert.Contains("Rating is closed. The facilitator will reveal the results.", TextBlockTexts(card));
        Assert.Contains("5 of 5 have rated.", TextBlockTexts(card));
        Assert.All(SecretEvidence, secret => Assert.DoesNotContain(secret, card.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Own_Closed_ShowsTheRatingWithoutAForm()
    {
        var card = ProposalCard.Own(Model(NewWorkshop(), [Alison, Robert], ProposalStatus.Closed), Alison);

        Assert.Empty(Inputs(card));
        Assert.Contains("You rated this Exemplary.", TextBlockTexts(card));
        Assert.Contains("Rating is closed. The facilitator will reveal the results.", TextBlockTexts(card));
    }

    [Fact]
    public void Shared_WorkshopEnded_SaysRatingsAreClosed()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(status: WorkshopStatus.Ended), [Alison]));

        Assert.Empty(Inputs(card));
        Assert.Contains("This workshop has ended, so ratings are closed.", TextBlockTexts(card));
    }

    [Fact]
    public void Shared_Open_ShowsEveryLevelWithItsIndicatorAndTheForm()
    {
        var card = ProposalCard.Shared(Model(NewWorkshop(), []));
        var texts = TextBlockTexts(card).ToList();
        var proposal = Msg.FindProposal("1.1")!;

        Assert.Contains("Proposal 1.1", texts);
        Assert.Contains(proposal.Text, texts);
        Assert.Contains("Key feature 1: Collaborative leadership and building relationships", texts);
        Assert.Equal([Partnership, " · Round 1"], RunTexts(OfType(card, "RichTextBlock").First()));
        Assert.All(Msg.Levels, level =>
        {
            Assert.Contains(level.Name, texts);
            Assert.Contains(proposal.Indicators[level.Rank], texts);
        });
        var choices = Input(card, "level")!["choices"]!.AsArray().Select(c => (Str(c!.AsObject(), "title"), Str(c!.AsObject(), "value")));
        Assert.Equal([("Not yet established", "0"), ("Partly established", "1"), ("Established", "2"), ("Exemplary", "3")], choices);
        Assert.Equal(RatingRules.MaxEvidenceLength, Input(card, "evidence")!["maxLength"]!.GetValue<int>());
        Assert.Equal(RatingRules.MaxActionLength, Input(card, "suggestedAction")!["maxLength"]!.GetValue<int>());
        var rate = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.Rate, Str(rate, "verb"));
        Assert.Equal("Rate", Str(rate, "title"));
    }

    [Fact]
    public void DemoFramework_Cards_UseItsSixLevels()
    {
        var shared = ProposalCard.Shared(Model(NewWorkshop(frameworkId: "ci-demo"), [], framework: Demo));
        var revealed = ProposalCard.Shared(Model(NewWorkshop(members: 6, frameworkId: "ci-demo"), DemoRatings, ProposalStatus.Revealed, framework: Demo));

        Assert.Equal(6, Input(shared, "level")!["choices"]!.AsArray().Count);
        Assert.Equal(6, OfType(shared, "Container").Count());
        var texts = TextBlockTexts(revealed).ToList();
        Assert.All(Demo.Levels, level => Assert.Contains($"{level.Name}: 1 of 6 (17%)", texts));
        Assert.Contains(("Median", "Adequate (the median falls between Adequate and Good; the lower level is shown)"), Facts(revealed));
    }

    [Fact]
    public void InformationCard_NotForLocalCompletion_SaysSoAndOffersNoForm()
    {
        var card = InformationCard.Build(Msg, Msg.FindProposal("3.2")!);

        Assert.Contains("Proposal 3.2", TextBlockTexts(card));
        Assert.Contains("This proposal is not for local completion, so it is not rated here.", TextBlockTexts(card));
        Assert.Empty(Inputs(card));
        Assert.Empty(OfType(card, "Action.Execute"));
    }

    private static RatingEntry DemoRating(int rank) =>
        ProposalCardFixtures.Rating($"29:demo-{rank}", $"Demo Rater{rank}", PartnerOrganisations.Choosable[rank], rank, $"Demo evidence at rank {rank}", minutes: rank);

    private static void AssertEvidencePageAction(JsonObject action, string title, int page)
    {
        Assert.Equal(title, Str(action, "title"));
        Assert.Equal(CardVerbs.MoreEvidence, Str(action, "verb"));
        Assert.Equal("evidence", Str(action, "verb"));
        Assert.Equal(page, action["data"]?["page"]?.GetValue<int>());
        Assert.Equal(WorkshopId, action["data"]?["workshopId"]?.GetValue<string>());
        Assert.Equal("1.1", action["data"]?["proposalId"]?.GetValue<string>());
        Assert.Equal(1, action["data"]?["round"]?.GetValue<int>());
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
