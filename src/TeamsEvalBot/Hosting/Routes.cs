using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Commands;
using TeamsEvalBot.Export;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Rating;
using TeamsEvalBot.Reconciliation;
using TeamsEvalBot.Roles;
using TeamsEvalBot.Summaries;
using static TeamsEvalBot.Domain.Commands.CommandAudience;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// Every typed command, card verb and invoke the bot answers, each with its handler; the help
/// card is made from the commands' lines here, in this order.
/// </summary>
public static class Routes
{
    public static RouteTable All { get; } = new RouteTable()
        .Command<HelpCommand>("help", Line("help", "Shows this list of commands.", Everyone))
        .Command<StartWorkshopCommand>("start workshop", Line("start workshop <partnership>", "Starts a workshop in this chat. You become its facilitator. For a new partnership, you register it and become its owner. After that, only its owners and the facilitators they appoint can start one. To use another framework, add its id, for example: framework ci-demo.", Everyone))
        .Command<StatusCommand>("status", Line("status", "Shows which proposals are posted, open or revealed, and how many people have rated.", Everyone))
        .Command<MyOrganisationCommand>("my organisation", Line("my organisation [organisation]", "Sets the partner organisation you speak for: NHS board, local authority, IJB, third sector, independent sector or other.", Everyone))
        .Command<ObserveCommand>("observe", Line("observe", "Follows the workshop without rating: you can read the cards, and you are not counted among the raters.", Everyone))
        .Command<ForgetMeCommand>("forget me", Line("forget me", "Erases your ratings and evidence in all of this organisation's workshops. Agreed positions stay.", Everyone))
        .Command<PostCommand>("post", Line("post <id> | post feature <n> | post all", "Posts proposal cards for rating, in order.", Facilitators))
        .Command<CloseCommand>("close", Line("close <id>", "Stops rating a proposal.", Facilitators))
        .Command<RevealCommand>("reveal", Line("reveal <id>", "Shows the results of a proposal, and closes it if it is still open.", Facilitators))
        .Command<RemindCommand>("remind", Line("remind", "Mentions the people who have not yet rated the open proposals.", Facilitators))
        .Command<SetOrganisationCommand>("set organisation", Line("set organisation @person <organisation>", "Sets the partner organisation someone speaks for.", Facilitators))
        .Command<AddFacilitatorCommand>("add facilitator", Line("add facilitator @person", "Makes someone a facilitator of this workshop too. When an owner does it, they may also start the partnership's next workshops, import and share.", Facilitators))
        .Command<AddObserverCommand>("add observer", Line("add observer @person", "Lets someone read the cards without rating; they are not counted among the raters.", Facilitators))
        .Command<RemoveObserverCommand>("remove observer", Line("remove observer @person", "Lets an observer rate again.", Facilitators))
        .Command<EndWorkshopCommand>("end workshop", Line("end workshop", "Ends the workshop: its cards stop taking ratings and its results stay stored. A new workshop can then start in this chat.", Facilitators))
        .Command<ReconcileCommand>("reconcile", Line("reconcile <id>", "Opens the card to agree a position on a revealed proposal: the level, the rationale, any dissent and the improvement actions.", Facilitators))
        .Command<RevoteCommand>("revote", Line("revote <id>", "Opens a new round of rating on a revealed proposal, after discussion.", Facilitators))
        .Command<HistoryCommand>("history", Line("history <id>", "Shows every change to a proposal's agreed position: who, when, and what changed.", Facilitators))
        .Command<ActionsCommand>("actions", Line("actions [overdue | status <status> | lead <name>]", "Lists the improvement actions. Their leads and facilitators can change their status.", Everyone))
        .Command<ShareSummariesCommand>("share summaries with", Line("share summaries with @person", "Lets someone, such as a chief officer, read this partnership's summaries from any chat, for all its workshops. For the partnership's owners and the facilitators they appoint.", Facilitators))
        .Command<UnshareSummariesCommand>("unshare summaries with", Line("unshare summaries with @person", "Stops sharing this partnership's summaries with someone. For its owners and the facilitators they appoint.", Facilitators))
        .Command<AddOwnerCommand>("add owner", Line("add owner @person", "Makes someone an owner of this workshop's partnership too. For its owners.", Facilitators))
        .Command<RemoveOwnerCommand>("remove owner", Line("remove owner @person", "Removes an owner of this workshop's partnership; the last owner stays. For its owners.", Facilitators))
        .Command<SummaryCommand>(
            "summary",
            Line("summary [partnership]", "Shows the agreed level of each proposal and how it changed since the last workshop. It also shows the count at each level, the contested proposals and the improvement actions. Works in any chat, including 1:1. Without a name, it shows this chat's workshop.", ChiefOfficers),
            Line("summary <id> [partnership]", "Shows one proposal in full. You see the agreed level and its indicator, the rationale, any dissent and the main evidence. You also see the actions, the rounds, and who agreed it and when.", ChiefOfficers))
        .Command<CompareCommand>("compare", Line("compare [partnership]", "The partnership's two latest workshops side by side. For each proposal: both agreed levels, and whether it went up, down or stayed the same.", ChiefOfficers))
        .Command<OverviewCommand>("overview", Line("overview | overview rag", "For each proposal, how many partnerships you may read agreed each level in their latest workshop. With rag: red, amber and green, as in the national update.", ChiefOfficers))
        .Command<ImportPreviousCommand>("import previous", Line("import previous <partnership> <date>", "Records the levels agreed on paper in the previous round, so the change shows from the first workshop in Teams. For a registered partnership's owners and the facilitators they appoint; the date (March 2019, 14/03/2019 or 2019-03-14) is no later than its latest workshop.", Facilitators))
        .Command<ExportWordCommand>("export word", Line("export word [partnership]", "The evaluation as a Word document in the MSG template's layout, through a download link that works for 10 minutes. Anyone holding the link can use it until then.", ChiefOfficers))
        .Command<ExportExcelCommand>("export excel", Line("export excel [partnership]", "The improvement plan as an Excel workbook: one row per action, with its lead, partner, timescale, due date, status and whether it is overdue. A download link, as for export word.", ChiefOfficers))
        .CardVerb<RateVerb>(CardVerbs.Rate)
        .CardVerb<RefreshVerb>(CardVerbs.Refresh)
        .CardVerb<MoreEvidenceVerb>(CardVerbs.MoreEvidence)
        .CardVerb<SettingsVerb>(CardVerbs.Settings)
        .CardVerb<ChooseOrganisationVerb>(CardVerbs.ChooseOrganisation)
        .CardVerb<ReconcileVerb>(CardVerbs.Reconcile)
        .CardVerb<AgreeVerb>(CardVerbs.Agree)
        .CardVerb<ActionStatusVerb>(CardVerbs.ActionStatus)
        .CardVerb<ImportPreviousVerb>(CardVerbs.ImportPrevious)
        .Invoke<CardVerbRouter>("adaptiveCard/action")
        .Invoke<AgreedPositionSearch>("composeExtension/query");

    private static CommandInfo Line(string usage, string description, CommandAudience audience) => new(usage, description, audience);
}
