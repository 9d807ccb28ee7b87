using System.Text;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>
/// Shows text that a person wrote as inert text. TextBlocks render markdown, so typed text could
/// inject links or emphasis; TextRuns inside a RichTextBlock never do, so people's words go there,
/// stored as given and shown as typed. Control characters (other than new lines) become spaces.
/// </summary>
public static class InertText
{
    /// <summary>A paragraph mixing fixed wording (plain strings) with a person's text (<see cref="Typed"/>).</summary>
    public static JsonObject Paragraph(params JsonNode[] runs) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(runs),
    };

    public static JsonObject Run(string text) => new() { ["type"] = "TextRun", ["text"] = text };

    public static JsonObject Typed(string text, bool italic = false) => new()
    {
        ["type"] = "TextRun",
        ["text"] = WithoutControlCharacters(text),
        ["italic"] = italic,
    };

    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
        }

        return builder.ToString();
    }
}
