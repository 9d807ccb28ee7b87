using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>A partnership's two most recent workshops side by side, proposal by proposal, as the improvement plans set previous beside agreed.</summary>
public static class CompareCard
{
    public const string Title = "Progress since the previous workshop";

    public static JsonObject Build(string partnership, WorkshopComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var earlier = SummaryText.Date(comparison.EarlierStartedAt);
        var later = SummaryText.Date(comparison.LaterStartedAt);
        var body = new List<JsonNode>
        {
            CardElements.Heading(Title),
            InertText.Paragraph(InertText.Typed(partnership)),
            CardElements.Facts(
            [
                ("Earlier", $"workshop started {earlier}"),
                ("Later", $"workshop started {later}"),
                ("Up", comparison.Count(LevelChange.Up).ToString(CultureInfo.InvariantCulture)),
                ("Same", comparison.Count(LevelChange.Same).ToString(CultureInfo.InvariantCulture)),
                ("Down", comparison.Count(LevelChange.Down).ToString(CultureInfo.InvariantCulture)),
            ]),
        };
        if (!comparison.SameFramework)
        {
            body.Add(CardElements.Text("The earlier workshop used another framework, so its levels are not compared.", subtle: true));
        }

        foreach (var feature in comparison.Framework.KeyFeatures)
        {
            body.Add(CardElements.Subheading($"{feature.Id} {feature.Title}"));
            body.AddRange(comparison.Proposals.Where(p => p.Proposal.KeyFeatureId == feature.Id).Select(p => (JsonNode)CardElements.Text(Line(comparison, p))));
        }

        return CardElements.Card(body);
    }

    // "2.3 Partly established → Established: up"; "2.4 Established → pending"; "3.2 not rated (not for local completion)".
    private static string Line(WorkshopComparison comparison, ComparedProposal p)
    {
        if (!p.Proposal.IsRateable)
        {
            return $"{p.Proposal.Id} not rated (not for local completion)";
        }

        var line = $"{p.Proposal.Id} {Level(comparison, p.EarlierRank)} → {Level(comparison, p.LaterRank)}";
        return p.Change == LevelChange.NoPrevious ? line : $"{line}: {p.Change.Word()}";
    }

    private static string Level(WorkshopComparison comparison, int? rank) => rank is { } r ? comparison.Framework.Levels[r].Name : "pending";
}
