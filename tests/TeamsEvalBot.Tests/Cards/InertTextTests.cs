using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Tests.Cards;

public sealed class InertTextTests
{
    [Fact]
    public void TypedText_GoesIntoATextRunAsGiven_WhichCardsNeverRenderAsMarkdown()
    {
        var run = InertText.Typed("[link](https://x.example) **bold** <at>Bot</at>");

        Assert.Equal("TextRun", run["type"]!.GetValue<string>());
        Assert.Equal("[link](https://x.example) **bold** <at>Bot</at>", run["text"]!.GetValue<string>());
    }

    [Fact]
    public void ControlCharacters_BecomeSpaces_ButNewLinesStay()
    {
        Assert.Equal("a b\nc d", InertText.WithoutControlCharacters("a\u0007b\nc\u001Bd"));
    }
}
