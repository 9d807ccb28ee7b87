using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>
/// Every card variant the bot sends (the later journeys' in <see cref="LaterJourneyGallery"/>), built in-process with the same builders the bot uses, for the accessibility and phone-width checks.
/// The error texts are the ones the bot's commands send.
/// </summary>
internal static class CardGallery
{
    public static readonly IReadOnlyDictionary<string, Func<JsonObject>> Variants = WithLaterJourneys(new Dictionary<string, Func<JsonObject>>(StringComparer.Ordinal)
    {
        ["help, group chat"] = () => HelpCard.Build(TeamsEvalBot.Hosting.Routes.All.Help, isGroupConversation: true),
        ["welcome"] = () => WelcomeCard.Build(isGroupConversation: true),
        ["workshop"] = () => WorkshopCard.Build(NewWorkshop(members: 14), Msg, "Next: post the proposals with @TeamsEvalBot post all, or one at a time with @TeamsEvalBot post 1.1"),
        ["workshop, settings refused"] = () => WorkshopCard.Build(NewWorkshop(), Msg, "The settings were not saved. The smallest group must be a whole number from 1 to 50, and each domain line must look like: angus.gov.uk = local authority."),
        ["status"] = () => StatusCard.Build(NewWorkshop(), Msg, [(Progress(), 2), (Progress(ProposalStatus.Revealed, "1.2", 2), 5), (Progress(proposalId: "3.2"), 0)]),
        ["organisation"] = () => OrganisationCard.Build(WorkshopId, PartnerOrganisation.Unknown, "I did not recognise that organisation. Choose one here."),
        ["information 3.2"] = () => InformationCard.Build(Msg, Msg.FindProposal("3.2")!),
        ["proposal, before the reveal"] = () => ProposalCard.Shared(Model(NewWorkshop(), [])),
        ["proposal, before the reveal, live results"] = () => ProposalCard.Shared(Model(NewWorkshop(blind: false), FiveRaters)),
        ["proposal, own view"] = () => ProposalCard.Own(Model(NewWorkshop(), [Alison, Eilidh]), Eilidh),
        ["proposal, rating refused"] = () => ProposalCard.WithError(Model(NewWorkshop(), [Robert]), new SubmittedRating("2", "Minutes of the board", null), "Your text holds hidden control characters, so it was not saved.", "Type the text again rather than pasting it, then press Rate again."),
        ["proposal, after the reveal, named"] = () => ProposalCard.Shared(Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed)),
        ["proposal, after the reveal, anonymous"] = () => ProposalCard.Shared(Model(NewWorkshop(Anonymity.Anonymous), FiveRaters, ProposalStatus.Revealed)),
        ["proposal, after the reveal, facilitator, evidence page 2"] = () => ProposalCard.Revealed(Model(NewWorkshop(members: 40), ManyRaters(40, 4, i => LongEvidence(i)), ProposalStatus.Revealed), page: 1, forFacilitator: true),
        ["proposal, six levels, after the reveal"] = () => ProposalCard.Shared(Model(NewWorkshop(members: 6, frameworkId: "ci-demo"), SixLevelRatings, ProposalStatus.Revealed, framework: Demo)),
        ["error, unknown command"] = () => ErrorCard.UnknownCommand("please rate proposal one point one as established for the whole partnership", isGroupConversation: true),
        ["error, not a facilitator"] = () => ErrorCard.Build(CardElements.Text("Only a facilitator can post proposals. Nothing was changed."), $"Ask {FacilitatorName} to do it."),
        ["reconciliation, round 2"] = () => ReconcileCard.Build(new ReconcileModel(
            Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed) with { Progress = Progress(ProposalStatus.Revealed, round: 2) },
            [(1, TallyCalculator.Compute([Robert, Duncan], 4, 2))],
            null,
            null)),
        ["reconciliation, leads from the people picker"] = () => ReconcileCard.Build(new ReconcileModel(
            Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed) with
            {
                People = [new Member("29:alasdair", "Alasdair Duncan", null, PartnerOrganisation.LocalAuthority, OrganisationSource.EmailDomain), new Member("29:morag", "Morag Petrie", null, PartnerOrganisation.ThirdSector, OrganisationSource.EmailDomain)],
            },
            [],
            null,
            null)),
        ["reconciliation, saved with actions"] = () => ReconcileCard.Build(new ReconcileModel(Model(NewWorkshop(), FiveRaters, ProposalStatus.Revealed), [], Agreed, "W/\"1\"", Notice: "Saved. The agreed position is recorded, and the chat has been told.") { NoticeIsGood = true }),
        ["agreed"] = () => AgreedCard.Build(Msg, Agreed, revised: false),
        ["history"] = () => HistoryCard.Build(Msg, "1.1", [new AuditEntry("1.1", Agreed.AgreedBy, Start, null, Agreed), new AuditEntry("1.1", Agreed.AgreedBy, Start.AddDays(1), Agreed, Agreed with { LevelRank = 3 })]),
        ["actions"] = () => ActionsCard.Build(WorkshopId, [.. Agreed.Actions.Select((a, i) => new PlannedAction("1.1", i, a))], "All actions", new DateOnly(2026, 11, 23)),
        ["summary, 25 proposals"] = () =>
        {
            var (agreed, ratings, previous) = Summaries.SummaryFixtures.Largest();
            return SummaryCard.Build(Summaries.SummaryFixtures.SummaryOf(agreed, ratings, previous), "@TeamsEvalBot ", byPartnership: true);
        },
    });

    private static AgreedPosition Agreed => new(
        "1.1",
        1,
        2,
        "Leadership development is shared across the council and the NHS board.",
        "The third sector would rate this lower.",
        [
            new ImprovementAction("Publish a joint workforce plan", "Alasdair Duncan", PartnerOrganisation.LocalAuthority, new Timescale("31/03/2027"), ActionStatus.Planned),
            new ImprovementAction("Bring the third sector into every locality group", "Morag Petrie", PartnerOrganisation.ThirdSector, new Timescale("Ongoing"), ActionStatus.InProgress),
        ],
        new Person("29:fiona", FacilitatorName),
        Start);

    public static TheoryData<string> Names => new(Variants.Keys);

    private static Dictionary<string, Func<JsonObject>> WithLaterJourneys(Dictionary<string, Func<JsonObject>> variants)
    {
        foreach (var (name, build) in LaterJourneyGallery.Variants)
        {
            variants.Add(name, build);
        }

        return variants;
    }

    private static IReadOnlyList<RatingEntry> SixLevelRatings =>
    [
        .. Enumerable.Range(0, 6).Select(rank => ProposalCardFixtures.Rating($"29:demo-{rank}", $"Demo Rater{rank}", PartnerOrganisations.Choosable[rank], rank, $"Demo evidence at rank {rank}", minutes: rank)),
    ];
}
