using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>
/// The levels a partnership agreed on paper in its previous round, one compact choice per rateable
/// proposal, so that the first workshop in Teams has a baseline. Blank choices stay pending.
/// </summary>
public static class ImportPreviousCard
{
    public const string Title = "Import the previous self-evaluation";

    // Enough to recognise the proposal in a compact list; the framework has the full text.
    private const int LabelTextLength = 70;

    public static string InputId(string proposalId) => "level-" + proposalId;

    /// <param name="importId">The new workshop's id, fixed when the card is built, so a second Save cannot import twice.</param>
    public static JsonObject Build(Framework framework, string partnership, DateOnly date, string importId, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var body = new List<JsonNode>
        {
            CardElements.Heading(Title),
            InertText.Paragraph(InertText.Typed(partnership), InertText.Run($", on paper, {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}")),
            CardElements.Text("Choose the level agreed for each proposal. Leave a proposal blank if no level was agreed; it stays pending.", subtle: true),
        };
        if (notice is not null)
        {
            body.Add(CardElements.Text(notice));
        }

        foreach (var proposal in framework.Proposals.Where(p => p.IsRateable))
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = InputId(proposal.Id),
                ["label"] = $"{proposal.Id} {SummaryText.Shorten(proposal.Text, LabelTextLength)}",
                ["style"] = "compact",
                ["placeholder"] = "Not agreed",
                ["choices"] = new JsonArray([.. framework.Levels.Select(l => (JsonNode)new JsonObject { ["title"] = l.Name, ["value"] = l.Rank.ToString(CultureInfo.InvariantCulture) })]),
            });
        }

        var data = new JsonObject
        {
            ["importId"] = importId,
            ["partnership"] = partnership,
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return CardElements.Card(body, [ProposalCardParts.Execute("Save", CardVerbs.ImportPrevious, data)]);
    }
}
