using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>
/// Every partnership the reader may read, counted per proposal: at each level, or, as the national
/// progress update counts it, red, amber and green, in words.
/// </summary>
public static class OverviewCard
{
    public const string Title = "Partnerships at each level";
    public const string RagTitle = "Partnerships by red, amber and green";

    public static JsonObject Build(PartnershipOverview overview, bool rag)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var body = new List<JsonNode>
        {
            CardElements.Heading(rag ? RagTitle : Title),
            CardElements.Text($"{SummaryText.Count(overview.Partnerships, "partnership")} you may read, each from its latest workshop on the {overview.Framework.Name}.", subtle: true),
        };
        if (rag)
        {
            body.Add(CardElements.Text("Green: Established or Exemplary. Amber: Partly established. Red: Not yet established. Grey: not agreed yet.", subtle: true));
        }

        foreach (var feature in overview.Framework.KeyFeatures)
        {
            body.Add(CardElements.Subheading($"{feature.Id} {feature.Title}"));
            body.AddRange(overview.Lines.Where(l => l.Proposal.KeyFeatureId == feature.Id).Select(l => (JsonNode)(rag ? RagLine(l) : CardElements.Text(LevelLine(overview, l)))));
        }

        return CardElements.Card(body);
    }

    // "1.1 Not yet established 0 · Partly established 1 · Established 1 · Exemplary 0 · pending 0".
    private static string LevelLine(PartnershipOverview overview, OverviewLine line) =>
        $"{line.Proposal.Id} " + string.Join(" · ", overview.Framework.Levels.Select(l => $"{l.Name} {N(line.CountsByRank[l.Rank])}").Append($"pending {N(line.Pending)}"));

    // The statuses are words in the default colour: Teams' "good" green and "warning" amber are too
    // light on white to read (2.1:1 and 1.5:1, where WCAG 1.4.3 asks for 4.5:1), and the words say it all.
    private static JsonObject RagLine(OverviewLine line) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(
        [
            InertText.Run($"{line.Proposal.Id} "),
            .. new[] { RagStatus.Red, RagStatus.Amber, RagStatus.Green, RagStatus.Grey }.Select(s => (JsonNode)InertText.Run($"{s.Word()} {N(line.Count(s))}" + (s == RagStatus.Grey ? string.Empty : " · "))),
        ]),
    };

    private static string N(int count) => count.ToString(CultureInfo.InvariantCulture);
}
