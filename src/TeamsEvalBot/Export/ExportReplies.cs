using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>The export commands' answers.</summary>
public static class ExportReplies
{
    /// <summary>The link, and a plain warning: it is a bearer link, so forwarding it forwards the document.</summary>
    public static JsonObject Ready(string documentName, Uri link)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentName);
        ArgumentNullException.ThrowIfNull(link);

        // Every card starts with a heading, so a screen reader user can find it among the messages.
        return CardElements.Card(
            [CardElements.Heading(char.ToUpperInvariant(documentName[0]) + documentName[1..]), CardElements.Text($"Your {documentName} is ready. The link works for {DownloadLinks.Lifetime.TotalMinutes:0} minutes. Anyone holding the link can use it until then.")],
            [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = $"Download the {documentName}", ["url"] = link.AbsoluteUri }]);
    }

    public static JsonObject TooLarge(string documentName) => ErrorCard.Build(
        CardElements.Text($"The {documentName} is too large to offer as a download. Nothing was made."),
        "Ask the bot's administrator; the summary command still shows everything agreed.");
}
