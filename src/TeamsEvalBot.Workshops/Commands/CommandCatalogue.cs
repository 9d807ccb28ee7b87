namespace TeamsEvalBot.Workshops.Commands;

/// <summary>Every command the bot understands. The help card and the README list exactly these.</summary>
public static class CommandCatalogue
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new("help", "Shows this list of commands.", CommandAudience.Everyone),
        new("start workshop <partnership>", "Starts a workshop in this chat. You become its facilitator. To use another framework, add its id, for example: framework ci-demo.", CommandAudience.Everyone),
        new("status", "Shows which proposals are posted, open or revealed, and how many people have rated.", CommandAudience.Everyone),
        new("my organisation [organisation]", "Sets the partner organisation you speak for: NHS board, local authority, IJB, third sector, independent sector or other.", CommandAudience.Everyone),
        new("post <id> | post feature <n> | post all", "Posts proposal cards for rating, in order.", CommandAudience.Facilitators),
        new("close <id>", "Stops rating a proposal.", CommandAudience.Facilitators),
        new("reveal <id>", "Shows the results of a proposal, and closes it if it is still open.", CommandAudience.Facilitators),
        new("remind", "Mentions the people who have not yet rated the open proposals.", CommandAudience.Facilitators),
        new("set organisation @person <organisation>", "Sets the partner organisation someone speaks for.", CommandAudience.Facilitators),
    ];
}
