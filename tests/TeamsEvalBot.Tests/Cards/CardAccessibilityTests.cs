using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>
/// What the card JSON must say for everyone to follow it, whatever the renderer: meaning never rests on
/// colour alone, headings are headings, inputs have labels, images and bars have text, and the wording
/// follows the GOV.UK style (short sentences, plain words, errors that say what to do next).
/// </summary>
public sealed partial class CardAccessibilityTests
{
    // GOV.UK: aim for sentences of 25 words or fewer.
    private const int MaxWordsInASentence = 25;

    // Words and marks the GOV.UK style guide asks writers to avoid.
    private static readonly string[] Avoided =
        ["(s)", "e-mail", "e.g.", "i.e.", "etc.", "utilise", "in order to", "please note", "invalid", "an error occurred", "failed to", "is required"];

    // Verbs an instruction starts with: what to do next.
    private static readonly string[] Imperatives =
        ["Type", "Ask", "Use", "Start", "Check", "Choose", "Carry", "Rate", "Shorten", "Pick", "Try", "Post", "Press", "Change"];

    public static TheoryData<string> Variants => CardGallery.Names;

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryInput_HasALabel(string variant)
    {
        var card = CardGallery.Variants[variant]();

        Assert.All(Inputs(card), input => Assert.False(
            string.IsNullOrWhiteSpace(Str(input, "label")),
            $"{variant}: {TypeOf(input)} {Str(input, "id")} has no label."));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryImage_HasAlternativeText(string variant)
    {
        var card = CardGallery.Variants[variant]();

        Assert.All(OfType(card, "Image"), image => Assert.False(string.IsNullOrWhiteSpace(Str(image, "altText")), $"{variant}: an image has no altText."));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryBar_FollowsItsLevelAndCountAsText(string variant)
    {
        var card = CardGallery.Variants[variant]();

        foreach (var (before, bar) in Siblings(card).Where(pair => IsBar(pair.Element)))
        {
            // The bar is drawn, but the line above it says the same in words: "Established: 2 of 5 (40%)".
            var text = before is not null && TypeOf(before) == "TextBlock" ? Str(before, "text") ?? string.Empty : string.Empty;
            var match = CountLine().Match(text);
            Assert.True(match.Success, $"{variant}: a bar follows \"{text}\", not a level with its count.");
            var columns = bar["columns"]!.AsArray();
            Assert.Equal(int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), columns[0]!["width"]!.GetValue<int>());
            Assert.Empty(columns.SelectMany(c => c!["items"]!.AsArray()));
        }
    }

    [Fact]
    public void Bars_AreInTheGallery()
    {
        // Guards the theory above: it proves nothing unless some variant draws bars.
        Assert.Contains(CardGallery.Variants.Values, v => Siblings(v()).Any(pair => IsBar(pair.Element)));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Meaning_NeverRestsOnColourAlone(string variant)
    {
        var card = CardGallery.Variants[variant]();

        // Coloured containers (good, attention, warning) would say something only by colour.
        Assert.DoesNotContain(Rendered(card), o => Str(o, "style") is "good" or "attention" or "warning");

        // Coloured text always has words; the accent style is used only by the bars, which have their text above.
        Assert.All(Rendered(card).Where(o => Str(o, "color") is { } color && color != "Default"), o => Assert.False(string.IsNullOrWhiteSpace(Str(o, "text"))));
        Assert.All(Rendered(card).Where(o => Str(o, "style") == "accent"), o => Assert.Equal("Column", TypeOf(o)));
    }

    [Fact]
    public void ConsensusAndDisagreement_AreWords()
    {
        var flags = CardGallery.Variants.Values.SelectMany(v => TextBlockTexts(v())).Where(t => t.Contains("consensus", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Matches("^\\*\\*(Consensus|No consensus)(\\. Organisations disagree)?(\\. Clear disagreement: ratings are 2 or more levels apart)?\\.\\*\\*$", f));
    }

    [Fact]
    public void Agreement_ListsTiedLevelsAsASentenceWould()
    {
        var facts = Facts(CardGallery.Variants["proposal, six levels, after the reveal"]()).ToDictionary(f => f.Title, f => f.Value);

        Assert.Equal("17% chose Unsatisfactory, Weak, Adequate, Good, Very good and Excellent", facts["Agreement"]);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Headings_UseTheHeadingStyle(string variant)
    {
        var card = CardGallery.Variants[variant]();
        var blocks = OfType(card, "TextBlock").ToList();

        Assert.Contains(blocks, b => Str(b, "style") == "heading");

        // Text that looks like a heading (bold, or larger) is marked as one, so screen readers can jump to it.
        // Only an error message is bold without being a heading.
        Assert.All(
            blocks.Where(b => (Str(b, "weight") == "Bolder" || Str(b, "size") is "Medium" or "Large" or "ExtraLarge") && Str(b, "color") != "Attention"),
            b => Assert.True(Str(b, "style") == "heading", $"{variant}: \"{Str(b, "text")}\" looks like a heading but is not one."));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Wording_IsPlainEnglish(string variant)
    {
        var problems = PlainEnglishProblems(CardGallery.Variants[variant]());

        Assert.True(problems.Count == 0, $"{variant}:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Wording_CheckFindsLongSentencesAndAvoidedWords()
    {
        // The check must be able to fail, or a green run proves nothing.
        var card = CardElements.Card(
        [
            CardElements.Heading("Results"),
            CardElements.Text("2 organisation(s) are not shown."),
            CardElements.Text(string.Join(' ', Enumerable.Repeat("word", 26)) + ". Short one."),
        ]);

        var problems = PlainEnglishProblems(card);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("(s)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("26 words", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Errors_SayWhatHappenedAndWhatToDo(string variant)
    {
        var card = CardGallery.Variants[variant]();
        var body = card["body"]!.AsArray().Select(n => n!.AsObject()).ToList();
        string? whatToDo = null;
        if (Str(body[0], "text") == ErrorCard.Title)
        {
            Assert.Equal(3, body.Count);
            Assert.False(string.IsNullOrWhiteSpace(TextOf(body[1])), $"{variant}: the error does not say what happened.");
            whatToDo = TextOf(body[2]);
        }
        else if (body.FindIndex(b => Str(b, "color") == "Attention") is var error and >= 0)
        {
            whatToDo = TextOf(body[error + 1]);
        }

        if (whatToDo is not null)
        {
            Assert.True(
                Sentences(whatToDo).Any(s => Imperatives.Any(v => s.StartsWith(v + " ", StringComparison.Ordinal))),
                $"{variant}: \"{whatToDo}\" does not tell the person what to do next.");
        }
    }

    [Fact]
    public void ErrorCard_ShowsACommandPlaceholderAsTyped()
    {
        // Markdown would take "<partnership name>" for an HTML tag and drop it, leaving half a command.
        var card = ErrorCard.Build(CardElements.Text("There is no open workshop in this conversation."), "Start one with: start workshop <partnership name>");

        Assert.Contains("Start one with: start workshop <partnership name>", TextRunTexts(card));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains('<', StringComparison.Ordinal));
    }

    private static List<string> PlainEnglishProblems(JsonObject card)
    {
        var problems = new List<string>();
        var framework = FrameworkTexts();
        foreach (var text in Wording(card).Where(t => !framework.Any(f => t.Contains(f, StringComparison.Ordinal))))
        {
            problems.AddRange(Avoided.Where(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)).Select(a => $"\"{text}\" uses \"{a}\"."));
            foreach (var sentence in Sentences(text))
            {
                var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words > MaxWordsInASentence)
                {
                    problems.Add($"A sentence of {words} words: \"{sentence}\"");
                }
            }
        }

        return problems;
    }

    private static bool IsBar(JsonObject element) =>
        TypeOf(element) == "ColumnSet" && element["columns"]?.AsArray().FirstOrDefault()?["style"]?.GetValue<string>() == "accent";

    /// <summary>Each element of every body or items list, with the element just before it (null for the first).</summary>
    private static IEnumerable<(JsonObject? Before, JsonObject Element)> Siblings(JsonObject card)
    {
        foreach (var list in Objects(card["body"]).Select(o => o["items"]).Prepend(card["body"]).OfType<JsonArray>())
        {
            JsonObject? before = null;
            foreach (var element in list.OfType<JsonObject>())
            {
                yield return (before, element);
                before = element;
            }
        }
    }

    /// <summary>The words a person reads: text, labels, choices, facts and buttons; not what people typed (italic runs).</summary>
    private static IEnumerable<string> Wording(JsonObject card)
    {
        foreach (var o in Rendered(card))
        {
            var type = TypeOf(o);
            if (type == "TextRun" && o.ContainsKey("italic"))
            {
                continue;
            }

            foreach (var property in new[] { "text", "label", "title", "placeholder", "errorMessage", "value" })
            {
                if (type is not null && type.StartsWith("Input.", StringComparison.Ordinal) && property == "value")
                {
                    continue;
                }

                if (Str(o, property) is { Length: > 0 } text)
                {
                    yield return text.Replace("**", string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>The framework's own wording (proposals, indicators, titles): the Scottish Government's, quoted as published.</summary>
    private static List<string> FrameworkTexts()
    {
        var texts = new List<string>();
        foreach (var framework in new[] { ProposalCardFixtures.Msg, ProposalCardFixtures.Demo })
        {
            texts.Add(framework.Name);
            foreach (var proposal in framework.Proposals)
            {
                texts.Add(proposal.Text);
                texts.AddRange(proposal.Indicators);
                texts.Add(framework.FindKeyFeature(proposal.KeyFeatureId)!.Title);
            }
        }

        return texts;
    }

    private static string TextOf(JsonObject element) =>
        TypeOf(element) == "RichTextBlock" ? string.Concat(RunTexts(element)) : Str(element, "text") ?? string.Empty;

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"^(?<level>[^:]+): (?<count>\d+) of \d+ \(\d+%\)$")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
