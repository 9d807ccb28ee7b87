namespace TeamsEvalBot.Domain.Commands;

/// <summary>Every command the bot understands. The help card and the README list exactly these.</summary>
public static class CommandCatalogue
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new("help", "Shows this list of commands.", CommandAudience.Everyone),
        new("start workshop <partnership>", "Starts a workshop in this chat. You become its facilitator. To use another framework, add its id, for example: framework ci-demo.", CommandAudience.Everyone),
        new("status", "Shows which proposals are posted, open or revealed, and how many people have rated.", CommandAudience.Everyone),
        new("my organisation [organisation]", "Sets the partner organisation you speak for: NHS board, local authority, IJB, third sector, independent sector or other.", CommandAudience.Everyone),
        new("observe", "Follows the workshop without rating: you can read the cards, and you are not counted among the raters.", CommandAudience.Everyone),
        new("forget me", "Erases your ratings and evidence in all of this organisation's workshops. Agreed positions stay.", CommandAudience.Everyone),
        new("post <id> | post feature <n> | post all", "Posts proposal cards for rating, in order.", CommandAudience.Facilitators),
        new("close <id>", "Stops rating a proposal.", CommandAudience.Facilitators),
        new("reveal <id>", "Shows the results of a proposal, and closes it if it is still open.", CommandAudience.Facilitators),
        new("remind", "Mentions the people who have not yet rated the open proposals.", CommandAudience.Facilitators),
        new("set organisation @person <organisation>", "Sets the partner organisation someone speaks for.", CommandAudience.Facilitators),
        new("add facilitator @person", "Makes someone a facilitator of this workshop too.", CommandAudience.Facilitators),
        new("add observer @person", "Lets someone read the cards without rating; they are not counted among the raters.", CommandAudience.Facilitators),
        new("remove observer @person", "Lets an observer rate again.", CommandAudience.Facilitators),
        new("end workshop", "Ends the workshop: its cards stop taking ratings and its results stay stored. A new workshop can then start in this chat.", CommandAudience.Facilitators),
        new("reconcile <id>", "Opens the card to agree a position on a revealed proposal: the level, the rationale, any dissent and the improvement actions.", CommandAudience.Facilitators),
        new("revote <id>", "Opens a new round of rating on a revealed proposal, after discussion.", CommandAudience.Facilitators),
        new("history <id>", "Shows every change to a proposal's agreed position: who, when, and what changed.", CommandAudience.Facilitators),
        new("actions [overdue | status <status> | lead <name>]", "Lists the improvement actions. Their leads and facilitators can change their status.", CommandAudience.Everyone),
        new("share summaries with @person", "Lets someone, such as a chief officer, read this partnership's summaries from any chat, for this workshop and later ones.", CommandAudience.Facilitators),
        new("summary [partnership]", "Shows the agreed level of each proposal and how it changed since the last workshop. It also shows the count at each level, the contested proposals and the improvement actions. Works in any chat, including 1:1. Without a name, it shows this chat's workshop.", CommandAudience.ChiefOfficers),
        new("summary <id> [partnership]", "Shows one proposal in full. You see the agreed level and its indicator, the rationale, any dissent and the main evidence. You also see the actions, the rounds, and who agreed it and when.", CommandAudience.ChiefOfficers),
        new("compare [partnership]", "The partnership's two latest workshops side by side. For each proposal: both agreed levels, and whether it went up, down or stayed the same.", CommandAudience.ChiefOfficers),
        new("overview | overview rag", "For each proposal, how many partnerships you may read agreed each level in their latest workshop. With rag: red, amber and green, as in the national update.", CommandAudience.ChiefOfficers),
        new("import previous <partnership> <date>", "Records the levels agreed on paper in the previous round, so the change shows from the first workshop in Teams. The date can be March 2019, 14/03/2019 or 2019-03-14. In a workshop's chat, only its facilitators can do this.", CommandAudience.Facilitators),
        new("export word [partnership]", "The evaluation as a Word document in the MSG template's layout, through a download link that works for 10 minutes. Anyone holding the link can use it until then.", CommandAudience.ChiefOfficers),
        new("export excel [partnership]", "The improvement plan as an Excel workbook: one row per action, with its lead, partner, timescale, due date, status and whether it is overdue. A download link, as for export word.", CommandAudience.ChiefOfficers),
    ];
}
