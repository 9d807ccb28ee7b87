using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using TeamsEvalBot.Domain.Cards;
using Xunit.Abstractions;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>
/// Workshop members join from phones. Each card variant, rendered alone by the official renderer in a
/// 360 px wide viewport (and at 320 px for WCAG reflow, and at 1280 px), must not scroll sideways, must cut
/// off no text, and must show every button, level name and count in full. Screenshots at 360 and 1280 px
/// go to TestResults/screenshots/cards/.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class PhoneWidthTests(CardRenderer renderer, ITestOutputHelper output) : IClassFixture<CardRenderer>
{
    /// <summary>WCAG 1.4.10 (Reflow): content must work at 320 CSS px without scrolling sideways.</summary>
    public const int ReflowWidth = 320;

    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1280;

    public static TheoryData<string> Variants => CardGallery.Names;

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Card_AtPhoneAndDesktopWidths_NeitherScrollsSidewaysNorCutsOffText(string variant)
    {
        var card = CardGallery.Variants[variant]();
        var mustShow = TextsThatMatter(card);
        var actions = ActionTitles(card);
        Assert.NotEmpty(mustShow);

        // Both widths are rendered and saved before any check, so a failure still leaves both screenshots to look at.
        var measured = new List<(int Width, RenderedCard Rendered)>();
        foreach (var width in new[] { ReflowWidth, PhoneWidth, DesktopWidth })
        {
            await renderer.RenderAsync(card, width);
            var rendered = await renderer.MeasureAsync();
            var screenshot = width == ReflowWidth ? "no screenshot" : await renderer.ScreenshotAsync($"{Slug(variant)}-{width}");
            output.WriteLine($"{width} px: {screenshot} ({rendered.Texts} texts checked)");
            measured.Add((width, rendered));
        }

        foreach (var (width, rendered) in measured)
        {
            Assert.True(rendered.ViewportWidth == width, $"The viewport is {rendered.ViewportWidth} px, not {width}.");
            Assert.True(rendered.CardScrollWidth <= rendered.CardClientWidth, $"{variant} at {width} px: the card scrolls sideways ({rendered.CardScrollWidth} > {rendered.CardClientWidth} px).");
            Assert.True(rendered.HostScrollWidth <= rendered.HostClientWidth, $"{variant} at {width} px: the card's container scrolls sideways ({rendered.HostScrollWidth} > {rendered.HostClientWidth} px).");
            Assert.True(rendered.PageScrollWidth <= width, $"{variant} at {width} px: the page scrolls sideways ({rendered.PageScrollWidth} px).");
            Assert.True(rendered.Cut.Count == 0, $"{variant} at {width} px: text is cut off:\n{string.Join('\n', rendered.Cut)}");
            Assert.Equal(actions, rendered.Buttons);
            Assert.All(mustShow, text => Assert.Contains(text, rendered.Text, StringComparison.Ordinal));
        }
    }

    /// <summary>An extra check beside the Playground scans: axe on the card alone at phone width.</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Card_AtPhoneWidth_HasNoSeriousAccessibilityFindings(string variant)
    {
        var rendered = await renderer.RenderAsync(CardGallery.Variants[variant](), PhoneWidth);

        var result = await rendered.RunAxe();

        var findings = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}").ToList();
        output.WriteLine($"axe: {result.Passes.Length} rules passed; findings: {(findings.Count == 0 ? "none" : string.Join("; ", findings))}");
        Assert.NotEmpty(result.Passes);
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
    }

    [Fact]
    public async Task Checks_FailOnAnUnlabelledInputAndOnCutOffText()
    {
        // The checks above must be able to fail: an input without a label, and a long choice that does not wrap.
        var card = CardElements.Card(
        [
            CardElements.Heading("A broken card"),
            new JsonObject { ["type"] = "Input.Text", ["id"] = "evidence" },
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = "anonymity",
                ["label"] = "Show who rated what",
                ["style"] = "expanded",
                ["choices"] = new JsonArray(new JsonObject { ["title"] = "Named: show names and organisations with the evidence", ["value"] = "named" }),
            },
        ]);

        var rendered = await renderer.RenderAsync(card, PhoneWidth);
        var axe = await rendered.RunAxe();
        var measured = await renderer.MeasureAsync();

        Assert.Contains(axe.Violations, v => v.Id == "label" && v.Impact == "critical");
        Assert.Contains(measured.Cut, c => c.Contains("Named: show names", StringComparison.Ordinal));
    }

    /// <summary>Level names, counts and choices: what a person must be able to read whole.</summary>
    private static List<string> TextsThatMatter(JsonObject card)
    {
        var texts = new List<string>();
        foreach (var block in OfType(card, "TextBlock"))
        {
            var text = Str(block, "text") ?? string.Empty;
            if (CountLine().IsMatch(text) || text.EndsWith("have rated.", StringComparison.Ordinal) || IsHeading(block))
            {
                texts.Add(text);
            }
        }

        // A people picker shows its choices as the person types, so only the other choice sets' must show.
        texts.AddRange(Inputs(card).Where(i => i["choices.data"] is null).SelectMany(i => i["choices"]?.AsArray() ?? []).Select(c => c!["title"]!.GetValue<string>()));
        texts.AddRange(Inputs(card).Select(i => Str(i, "label")).OfType<string>());
        texts.AddRange(ActionTitles(card));
        return texts;
    }

    private static bool IsHeading(JsonObject block) => Str(block, "style") == "heading";

    // The buttons in the order the card lays them out (the card-level refresh action is not a button).
    private static List<string> ActionTitles(JsonObject card) =>
        [.. OfType(card, "ActionSet").SelectMany(s => s["actions"]!.AsArray()).Concat(card["actions"]?.AsArray() ?? []).Select(a => a!["title"]!.GetValue<string>())];

    private static string Slug(string variant) => NotSlug().Replace(variant.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"^.+: \d+ of \d+ \(\d+%\)$")]
    private static partial Regex CountLine();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
