using TeamsEvalBot.Domain.Commands;

namespace TeamsEvalBot.Kernel;

/// <summary>A typed command: the words that start it, its handler, and its lines on the help card.</summary>
public sealed record CommandRoute(string Verb, Type Handler, IReadOnlyList<CommandInfo> Help);

/// <summary>An Action.Execute verb on the bot's cards, and its handler.</summary>
public sealed record CardVerbRoute(string Verb, Type Handler);

/// <summary>An invoke name, and its handler.</summary>
public sealed record InvokeRoute(string Name, Type Handler);

/// <summary>
/// Every route the bot answers. Verbs and names are compared without case, so a second route
/// for one of them is a mistake, and it stops the bot at start-up rather than shadowing the first.
/// </summary>
public sealed class RouteTable
{
    private readonly List<CommandRoute> commands = [];
    private readonly List<CardVerbRoute> cardVerbs = [];
    private readonly List<InvokeRoute> invokes = [];

    public IReadOnlyList<CommandRoute> Commands => commands;

    public IReadOnlyList<CardVerbRoute> CardVerbs => cardVerbs;

    public IReadOnlyList<InvokeRoute> Invokes => invokes;

    /// <summary>The help card's lines, in the table's order.</summary>
    public IReadOnlyList<CommandInfo> Help => [.. commands.SelectMany(c => c.Help)];

    public RouteTable Command<THandler>(string verb, params CommandInfo[] help)
        where THandler : IMessageCommand
    {
        Unique(verb, commands.Select(c => c.Verb), "command");
        commands.Add(new CommandRoute(verb, typeof(THandler), help));
        return this;
    }

    public RouteTable CardVerb<THandler>(string verb)
        where THandler : ICardVerb
    {
        Unique(verb, cardVerbs.Select(c => c.Verb), "card verb");
        cardVerbs.Add(new CardVerbRoute(verb, typeof(THandler)));
        return this;
    }

    public RouteTable Invoke<THandler>(string name)
        where THandler : IInvokeHandler
    {
        Unique(name, invokes.Select(i => i.Name), "invoke");
        invokes.Add(new InvokeRoute(name, typeof(THandler)));
        return this;
    }

    private static void Unique(string key, IEnumerable<string> existing, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (existing.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The {kind} '{key}' is routed twice.");
        }
    }
}
