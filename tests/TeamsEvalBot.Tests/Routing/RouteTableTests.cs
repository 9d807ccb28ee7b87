using System.Reflection;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Hosting;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Routing;

public sealed class RouteTableTests
{
    private static readonly Assembly Host = typeof(Routes).Assembly;

    [Fact]
    public void EveryRoutedCommand_HasHelp_AndEveryHelpLineStartsWithItsRoutedVerb()
    {
        foreach (var command in Routes.All.Commands)
        {
            Assert.True(command.Help.Count > 0, $"'{command.Verb}' has no line on the help card");
            foreach (var line in command.Help)
            {
                // "post <id> | post feature <n> | post all": each alternative is the same command.
                foreach (var usage in Alternatives(line.Usage))
                {
                    Assert.True(usage.Equals(command.Verb, StringComparison.Ordinal) || usage.StartsWith(command.Verb + " ", StringComparison.Ordinal), $"help line '{usage}' is not for '{command.Verb}'");
                }
            }
        }

        Assert.Equal(Routes.All.Commands.Sum(c => c.Help.Count), Routes.All.Help.Count);
    }

    [Fact]
    public void HelpNamesNothingUnrouted()
    {
        var verbs = Routes.All.Commands.Select(c => c.Verb).ToList();
        foreach (var usage in Routes.All.Help.SelectMany(h => Alternatives(h.Usage)))
        {
            Assert.Contains(verbs, v => usage == v || usage.StartsWith(v + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryHandlerInTheHost_IsRouted_AndEveryCardVerbConstantToo()
    {
        var routed = Routes.All.Commands.Select(c => c.Handler)
            .Concat(Routes.All.CardVerbs.Select(v => v.Handler))
            .Concat(Routes.All.Invokes.Select(i => i.Handler))
            .ToHashSet();
        var handlers = Host.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface
            && (typeof(IMessageCommand).IsAssignableFrom(t) || typeof(ICardVerb).IsAssignableFrom(t) || typeof(IInvokeHandler).IsAssignableFrom(t)));
        Assert.All(handlers, h => Assert.Contains(h, routed));

        var constants = typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.Equal(constants.Order(StringComparer.Ordinal), Routes.All.CardVerbs.Select(v => v.Verb).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("help", "help")]
    [InlineData("help", "HELP")]
    public void ADuplicateCommandVerb_StopsTheTable(string first, string second)
    {
        var table = new RouteTable().Command<HelpCommand>(first);
        var error = Assert.Throws<InvalidOperationException>(() => table.Command<HelpCommand>(second));
        Assert.Contains("routed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADuplicateCardVerbOrInvoke_StopsTheTable()
    {
        Assert.Throws<InvalidOperationException>(() => new RouteTable().CardVerb<TeamsEvalBot.Rating.RateVerb>(CardVerbs.Rate).CardVerb<TeamsEvalBot.Rating.RefreshVerb>("Rate"));
        Assert.Throws<InvalidOperationException>(() => new RouteTable().Invoke<CardVerbRouter>("adaptiveCard/action").Invoke<CardVerbRouter>("adaptivecard/action"));
    }

    [Fact]
    public void TheReadmeCommandsTable_NamesEveryRoutedCommand()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var command in Routes.All.Commands)
        {
            Assert.True(readme.Contains("| `" + command.Verb, StringComparison.Ordinal) || readme.Contains(", `" + command.Verb, StringComparison.Ordinal), $"README does not list '{command.Verb}'");
        }
    }

    // "a | b" outside brackets is two ways to type one command; "[x | y]" is one optional part.
    private static IEnumerable<string> Alternatives(string usage)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < usage.Length; i++)
        {
            depth += usage[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth == 0 && string.CompareOrdinal(usage, i, " | ", 0, 3) == 0)
            {
                yield return usage[start..i];
                start = i + 3;
            }
        }

        yield return usage[start..];
    }
}
