using Microsoft.Playwright;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// An error card as a person reads it: the heading, what happened, and what to do next, which holds
/// an instruction. Every journey's error cards are checked the same way.
/// </summary>
internal static class ErrorCards
{
    public const string Heading = "Something needs changing";

    // Verbs an instruction starts with.
    private static readonly string[] Instructions = ["Type", "Ask", "Use", "Start", "Check", "Choose", "Carry", "Rate", "Shorten", "Try", "Post"];

    public static async Task AssertShapeAsync(ILocator card, string whatHappened)
    {
        var parts = (await card.Locator(".ac-textBlock, .ac-richTextBlock").AllInnerTextsAsync()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Equal(Heading, parts[0]);
        Assert.Contains(whatHappened, parts[1], StringComparison.Ordinal);
        var sentences = parts[2].Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(sentences.Any(s => Instructions.Any(verb => s.StartsWith(verb + " ", StringComparison.Ordinal))), $"\"{parts[2]}\" does not say what to do next.");
    }
}
