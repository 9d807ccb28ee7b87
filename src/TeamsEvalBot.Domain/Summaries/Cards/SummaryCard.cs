using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>
/// A partnership's agreed summary for chief officers: each key feature with its proposals' agreed
/// levels and the change since the previous workshop, the count at each level, the contested
/// proposals and the improvement actions. 25 proposals fit well inside Teams' 40 KB.
/// </summary>
public static class SummaryCard
{
    public const string Title = "Self-evaluation summary";

    // A reminder of what the proposal says; the full text is one command away.
    private const int ProposalTextLength = 90;

    /// <param name="summary">What to show.</param>
    /// <param name="commandPrefix">What people type before a command in this chat.</param>
    /// <param name="byPartnership">The reader named the partnership, so the follow-up command names it too.</param>
    /// <param name="agreement">Agreement across the workshop, given only when the reader is one of its facilitators.</param>
    public static JsonObject Build(WorkshopSummary summary, string commandPrefix, bool byPartnership, WorkshopAgreement? agreement = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var framework = summary.Framework;
        var workshop = summary.Workshop;
        var rateable = summary.Agreed + summary.Pending;
        var body = new List<JsonNode>
        {
            CardElements.Heading(Title),
            InertText.Paragraph(InertText.Typed(workshop.Partnership)),
            CardElements.Facts(
            [
                ("Framework", framework.Name),
                ("Workshop", $"started {SummaryText.Date(workshop.StartedAt)}, {(workshop.Status == WorkshopStatus.Open ? "still open" : "ended")}"),
                ("Agreed", $"{summary.Agreed.ToString(CultureInfo.InvariantCulture)} of {rateable.ToString(CultureInfo.InvariantCulture)} proposals to rate"),
                ("Compared with", summary.Previous is { } previous ? $"the workshop started {SummaryText.Date(previous.StartedAt)}" : "no earlier workshop of this partnership on this framework"),
            ]),
            CardElements.Subheading("Proposals at each level"),
            CardElements.Facts(
            [
                .. framework.Levels.Select(l => (l.Name, summary.CountsByRank[l.Rank].ToString(CultureInfo.InvariantCulture))),
                ("Pending", summary.Pending.ToString(CultureInfo.InvariantCulture)),
                ("Not for local completion", summary.NotForLocalCompletion.ToString(CultureInfo.InvariantCulture)),
            ]),
        };

        if (agreement is not null)
        {
            body.Add(CardElements.Text(AlphaText(agreement.Alpha), subtle: true));
        }

        foreach (var feature in framework.KeyFeatures)
        {
            body.Add(CardElements.Subheading($"{feature.Id} {feature.Title}"));
            foreach (var proposal in summary.Proposals.Where(p => p.Proposal.KeyFeatureId == feature.Id))
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Line(summary, proposal), ["wrap"] = true, ["spacing"] = "Small" });
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = SummaryText.Shorten(proposal.Proposal.Text, ProposalTextLength), ["wrap"] = true, ["isSubtle"] = true, ["spacing"] = "None" });
            }
        }

        body.Add(CardElements.Subheading("Contested proposals"));
        var contested = summary.Contested.ToList();
        body.Add(CardElements.Text(contested.Count == 0
            ? "None: in every agreed proposal, ratings were at most 1 level apart and partner organisations agreed."
            : "In the round that was agreed, ratings were 2 or more levels apart, or partner organisations' medians were a level or more apart.", subtle: true));
        body.AddRange(contested.Select(p => (JsonNode)CardElements.Text($"{p.Proposal.Id}: {SummaryText.Contest(p.Contest!)}.")));

        body.Add(CardElements.Subheading("Improvement actions"));
        body.Add(CardElements.Text($"{SummaryText.Actions(summary.Actions, summary.OverdueActions)}. Overdue means the due date has passed in UK time and the action is not done."));

        var example = summary.Proposals.FirstOrDefault(p => p.State == ProposalState.Agreed)?.Proposal.Id ?? framework.Proposals.First().Id;
        body.Add(byPartnership
            ? InertText.Paragraph(InertText.Run($"For one proposal in full, type {commandPrefix}summary {example} "), InertText.Typed(workshop.Partnership))
            : InertText.Paragraph(InertText.Run($"For one proposal in full, type {commandPrefix}summary {example}")));
        return CardElements.Card(body);
    }

    private static string AlphaText(double? alpha) =>
        "Agreement across the workshop (Krippendorff's alpha, ordinal): "
        + (alpha is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "not defined")
        + ". 1 means full agreement, 0 means no better than chance.";

    // "2.3 Established · up (previous: Partly established)", "2.4 Pending", "3.2 Not for local completion".
    private static string Line(WorkshopSummary summary, ProposalSummary proposal)
    {
        var id = proposal.Proposal.Id;
        if (proposal.State == ProposalState.NotForLocalCompletion)
        {
            return $"{id} Not for local completion";
        }

        if (proposal.AgreedRank is not { } rank)
        {
            return $"{id} Pending";
        }

        var line = $"{id} {summary.Framework.Levels[rank].Name}";
        if (SummaryText.Change(proposal.Change, proposal.PreviousRank, summary.Framework) is { } change)
        {
            line += $" · {change}";
        }
        else if (summary.Previous is not null)
        {
            line += " · not agreed in the previous workshop";
        }

        return proposal.Contest is null ? line : line + " · contested";
    }
}
