using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Export;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>
/// The cards of the journeys after the reveal, for <see cref="CardGallery"/>: history, improvement actions,
/// one proposal's summary, compare, overview, import previous, the export link, the search extension's
/// result card, and their error cards. Error texts built inside a command are copied from it.
/// </summary>
internal static class LaterJourneyGallery
{
    private const string Prefix = "@TeamsEvalBot ";
    private const string Partnership = "Angus Health and Social Care Partnership";

    public static IEnumerable<KeyValuePair<string, Func<JsonObject>>> Variants =>
    [
        new("history, nothing saved yet", () => HistoryCard.Build(Msg, "1.2", [])),
        new("actions, one overdue, status updated", () => ActionsCard.Build(WorkshopId, [new PlannedAction("1.1", 0, Action("31/03/2025"))], "All actions", Today, "Status updated to In progress.")),
        new("summary, one proposal", () => ProposalSummaryCard.Build(ProposalDetail.Build(
            Msg,
            NewWorkshop(),
            Msg.FindProposal("1.1")!,
            Agreed("1.1", 2, 1, Action("01/01/2020")) with { Dissent = "The council would rate this lower." },
            Progress(ProposalStatus.Revealed),
            Ratings("1.1", 1, (PartnerOrganisation.NhsBoard, 1), (PartnerOrganisation.LocalAuthority, 2), (PartnerOrganisation.ThirdSector, 2)),
            Previous(Agreed("1.1", 1)),
            Today))),
        new("compare", () => CompareCard.Build(Partnership, WorkshopComparison.Between(Msg, Previous(Agreed("1.1", 1), Agreed("1.2", 2), Agreed("1.3", 3)), Start, [Agreed("1.1", 2), Agreed("1.2", 1), Agreed("1.3", 3)]))),
        new("overview", () => OverviewCard.Build(Overview, rag: false)),
        new("overview, red amber green", () => OverviewCard.Build(Overview, rag: true)),
        new("import previous", () => ImportPreviousCard.Build(Msg, Partnership, new DateOnly(2019, 3, 1), "0123456789abcdef0123456789abcdef")),
        new("import previous, refused", () => ImportPreviousCard.Build(Msg, Partnership, new DateOnly(2019, 3, 1), "0123456789abcdef0123456789abcdef", $"Nothing was imported. Only a facilitator of this chat's workshop can import its previous round. Ask {FacilitatorName}.")),
        new("export link", () => ExportReplies.Ready("Word document", new Uri("http://127.0.0.1:3978/downloads/0123456789abcdef0123456789abcdef"))),
        new("search result", () => AgreedPositionResultCard.Build(new PositionMatch(Msg, NewWorkshop(), Msg.FindProposal("2.3")!, Agreed("2.3", 1, 1, Action("01/01/2020"))), Today)),
        new("error, summary refused", () => SummaryReplies.NotAllowed(Partnership, Prefix)),
        new("error, unknown partnership", () => SummaryReplies.UnknownPartnership("Atlantis", Prefix)),
        new("error, several partnerships", () => SummaryReplies.SeveralPartnerships("Health", [Partnership, "Moray Health and Social Care Partnership"], Prefix)),
        new("error, no workshop in this conversation", () => SummaryReplies.NoWorkshopHere(Prefix)),
        new("error, summary of an unknown proposal", () => SummaryReplies.UnknownProposal("9.9", Prefix)),
        new("error, only one workshop", () => SummaryReplies.OnlyOneWorkshop(Partnership, Prefix)),
        new("error, nothing to overview", SummaryReplies.NothingToOverview),
        new("error, export too large", () => ExportReplies.TooLarge("Word document")),

        // As ImportPreviousCommand and HistoryCommand send them.
        new("error, import previous without a date", () => ErrorCard.Build(
            CardElements.Text("I need the partnership's name and the date of its previous self-evaluation."),
            $"Type both, for example: {Prefix}import previous {SummaryReplies.Example} March 2019 (or 14/03/2019, or 2019-03-14)")),
        new("error, history of an unknown proposal", () => ErrorCard.Build(
            InertText.Paragraph(InertText.Run("There is no proposal "), InertText.Typed("9.9", italic: true), InertText.Run(" in this framework.")),
            $"Type the proposal's number, for example: {Prefix}history 1.1")),
    ];

    // Three partnerships' latest workshops: one level each, and one with nothing agreed yet.
    private static PartnershipOverview Overview => PartnershipOverview.Count(Msg, [[Agreed("1.1", 2), Agreed("1.2", 0)], [Agreed("1.1", 3), Agreed("1.2", 1)], []]);
}
