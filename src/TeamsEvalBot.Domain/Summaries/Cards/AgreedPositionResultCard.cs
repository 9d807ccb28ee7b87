using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>
/// An agreed position as a search result, to insert into any conversation. Teams allows 28 KB for
/// a message-extension card; the longest rationale, dissent and five actions stay well inside it.
/// </summary>
public static class AgreedPositionResultCard
{
    public static JsonObject Build(PositionMatch match, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(match);
        var agreed = match.Agreed;
        var level = match.Framework.Levels[agreed.LevelRank];
        var body = new List<JsonNode>
        {
            InertText.Paragraph(InertText.Typed(match.Workshop.Partnership), InertText.Run($" · workshop started {SummaryText.Date(match.Workshop.StartedAt)}")),
            CardElements.Subheading($"Proposal {match.Proposal.Id}: {level.Name}"),
            CardElements.Text(match.Proposal.Text),
            CardElements.Text(match.Proposal.Indicators[agreed.LevelRank], subtle: true),
            InertText.Paragraph(InertText.Run("Rationale: "), InertText.Typed(agreed.Rationale)),
        };
        if (!string.IsNullOrWhiteSpace(agreed.Dissent))
        {
            body.Add(InertText.Paragraph(InertText.Run("Dissent: "), InertText.Typed(agreed.Dissent)));
        }

        body.Add(CardElements.Text($"{SummaryText.Actions(agreed.Actions.Count, agreed.Actions.Count(a => a.IsOverdue(today)))}."));
        body.Add(InertText.Paragraph(
            InertText.Run("Agreed by "),
            InertText.Typed(agreed.AgreedBy.Name),
            InertText.Run($" on {SummaryText.Date(agreed.AgreedAt)}, in round {agreed.Round.ToString(CultureInfo.InvariantCulture)}.")));
        return CardElements.Card(body);
    }

    /// <summary>
    /// The thumbnail card Teams lists the result with. Its title and text are not Adaptive Card
    /// text runs and Teams formats some markup in them, so the typed partnership name goes in
    /// without markup characters.
    /// </summary>
    public static JsonObject Preview(PositionMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new JsonObject
        {
            ["title"] = $"{match.Proposal.Id} {match.Framework.Levels[match.Agreed.LevelRank].Name}",
            ["text"] = $"{WithoutMarkup(match.Workshop.Partnership)} · {SummaryText.Date(match.Workshop.StartedAt)} · {SummaryText.Shorten(match.Proposal.Text, 120)}",
        };
    }

    private static string WithoutMarkup(string typed) =>
        string.Concat(InertText.WithoutControlCharacters(typed).Select(c => "<>[]()*_`#~|\\&\n".Contains(c, StringComparison.Ordinal) ? ' ' : c));
}
