using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>
/// One proposal in full, for chief officers: the agreed level and its indicator text, the rationale
/// and any dissent, the main evidence, the improvement actions, the rounds and who agreed it when.
/// </summary>
public static class ProposalSummaryCard
{
    /// <summary>Rounds beyond these are rare; the card shows the latest, so it always fits a message.</summary>
    public const int MaxRoundsShown = 10;

    // A couple of excerpts a level: the main evidence, not all of it.
    private const int ExcerptsPerLevel = 2;

    /// <summary>The round whose evidence the card quotes: the agreed round, when there is one.</summary>
    public static int? QuotedRound(ProposalDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return detail.Proposal.IsRateable ? detail.Agreed?.Round : null;
    }

    public static JsonObject Build(ProposalDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var framework = detail.Framework;
        var proposal = detail.Proposal;
        var feature = framework.FindKeyFeature(proposal.KeyFeatureId)!;
        var body = new List<JsonNode>
        {
            CardElements.Text($"Key feature {feature.Id}: {feature.Title}", subtle: true),
            CardElements.Heading($"Proposal {proposal.Id}"),
            CardElements.Text(proposal.Text),
            InertText.Paragraph(InertText.Typed(detail.Workshop.Partnership), InertText.Run($" · workshop started {SummaryText.Date(detail.Workshop.StartedAt)}")),
        };
        if (!proposal.IsRateable)
        {
            body.Add(CardElements.Text("This proposal is not for local completion, so it is not rated."));
            return CardElements.Card(body);
        }

        if (detail.Agreed is not { } agreed)
        {
            body.Add(CardElements.Subheading("Pending"));
            body.Add(CardElements.Text("No position is agreed for this proposal yet."));
            body.AddRange(Rounds(detail));
            return CardElements.Card(body);
        }

        var level = framework.Levels[agreed.LevelRank];
        body.Add(CardElements.Subheading($"Agreed level: {level.Name}"));
        body.Add(CardElements.Text(proposal.Indicators[agreed.LevelRank]));
        if (SummaryText.Change(detail.Change, detail.PreviousRank, framework) is { } change)
        {
            body.Add(CardElements.Text($"Change since the previous workshop: {change}."));
        }

        if (detail.Contest is { } contest)
        {
            body.Add(CardElements.Text($"Contested: in round {agreed.Round.ToString(CultureInfo.InvariantCulture)}, {SummaryText.Contest(contest)}."));
        }

        body.Add(CardElements.Subheading("Rationale"));
        body.Add(InertText.Paragraph(InertText.Typed(agreed.Rationale)));
        if (!string.IsNullOrWhiteSpace(agreed.Dissent))
        {
            body.Add(CardElements.Subheading("Dissent"));
            body.Add(InertText.Paragraph(InertText.Typed(agreed.Dissent)));
        }

        var evidence = new ProposalCardModel(framework, proposal, detail.Workshop, new ProposalProgress(proposal.Id, agreed.Round, ProposalStatus.Revealed, null, agreed.AgreedAt), detail.AgreedRoundRatings, []);
        body.AddRange(EvidenceSection.Build(evidence, page: 0, perLevel: ExcerptsPerLevel));
        body.AddRange(Actions(agreed, detail.Today));
        body.AddRange(Rounds(detail));
        body.Add(InertText.Paragraph(
            InertText.Run("Agreed by "),
            InertText.Typed(agreed.AgreedBy.Name),
            InertText.Run($" on {agreed.AgreedAt.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} (UTC), in round {agreed.Round.ToString(CultureInfo.InvariantCulture)}.")));
        return CardElements.Card(body);
    }

    private static IEnumerable<JsonNode> Actions(AgreedPosition agreed, DateOnly today)
    {
        yield return CardElements.Subheading("Improvement actions");
        if (agreed.Actions.Count == 0)
        {
            yield return CardElements.Text("No improvement actions were recorded.", subtle: true);
            yield break;
        }

        foreach (var action in agreed.Actions)
        {
            yield return new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new JsonArray(
                    InertText.Paragraph(InertText.Typed(action.Action)),
                    InertText.Paragraph(
                        InertText.Run("Lead: "),
                        InertText.Typed(action.Lead),
                        InertText.Run($" · {action.Partner.DisplayName()} · Due: "),
                        InertText.Typed(action.Timescale.Text),
                        InertText.Run($" · {action.Status.DisplayName()}{(action.IsOverdue(today) ? " · Overdue" : string.Empty)}"))),
            };
        }
    }

    private static IEnumerable<JsonNode> Rounds(ProposalDetail detail)
    {
        if (detail.Rounds.Count == 0)
        {
            yield break;
        }

        var levels = detail.Framework.Levels;
        yield return CardElements.Subheading("Rounds of rating");
        yield return CardElements.Text("How many rated each level in each revealed round.", subtle: true);
        foreach (var round in detail.Rounds.TakeLast(MaxRoundsShown))
        {
            var counts = string.Join(", ", levels.Select(l => $"{l.Name} {round.Tally.CountsByRank[l.Rank].ToString(CultureInfo.InvariantCulture)}"));
            yield return CardElements.Text($"Round {round.Round.ToString(CultureInfo.InvariantCulture)}: {counts}");
        }
    }
}
