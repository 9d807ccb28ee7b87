using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>Progress across the workshop: each posted proposal, whether it is open, and how many have rated.</summary>
public static class StatusCard
{
    public static JsonObject Build(Workshop workshop, Framework framework, IReadOnlyList<(ProposalProgress Progress, int Rated)> posted)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(posted);
        var body = new List<JsonNode>
        {
            CardElements.Heading("Workshop progress"),
            InertText.Paragraph(InertText.Typed(workshop.Partnership)),
        };
        if (posted.Count == 0)
        {
            body.Add(CardElements.Text("No proposals are posted yet. A facilitator can post them with: post 1.1, post feature 1 or post all."));
            return CardElements.Card(body);
        }

        var byId = posted.ToDictionary(p => p.Progress.ProposalId, StringComparer.Ordinal);
        body.Add(CardElements.Facts(framework.Proposals
            .Where(p => byId.ContainsKey(p.Id))
            .Select(p => ($"Proposal {p.Id}", Describe(byId[p.Id], p.IsRateable, workshop.RaterCount)))));
        var waiting = framework.Proposals.Count(p => !byId.ContainsKey(p.Id));
        if (waiting > 0)
        {
            body.Add(CardElements.Text($"{waiting} proposals are not posted yet.", subtle: true));
        }

        return CardElements.Card(body);
    }

    private static string Describe((ProposalProgress Progress, int Rated) entry, bool rateable, int members)
    {
        if (!rateable)
        {
            return "for information, not rated";
        }

        var state = entry.Progress.Status switch
        {
            ProposalStatus.Open => "open",
            ProposalStatus.Closed => "closed",
            _ => "revealed",
        };
        return $"{state}, round {entry.Progress.Round}, {entry.Rated} of {members} rated";
    }
}
