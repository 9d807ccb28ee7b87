using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>
/// The evidence after the reveal, grouped by level and by the organisation <see cref="Attribution"/>
/// shows beside it. A page holds a few short excerpts per level, so even 200 raters with full
/// evidence fit a Teams message.
/// </summary>
internal static class EvidenceSection
{
    public const int ExcerptsPerLevelPerPage = 3;
    public const int ExcerptLength = 280;

    public static IEnumerable<JsonNode> Build(ProposalCardModel model, int page, int perLevel = ExcerptsPerLevelPerPage)
    {
        var tally = model.Tally();
        var withEvidence = model.Ratings
            .Where(r => !string.IsNullOrWhiteSpace(r.Evidence))
            .Select(r => (Rating: r, By: Attribution.Beside(r, model.Workshop.Settings, tally)))
            .ToList();
        yield return CardElements.Subheading("Evidence");
        if (withEvidence.Count == 0)
        {
            yield return CardElements.Text("Nobody added evidence.", subtle: true);
            yield break;
        }

        foreach (var level in model.Framework.Levels)
        {
            // Grouped by the organisation shown, so the order gives away no organisation the excerpts hide.
            var atLevel = withEvidence
                .Where(e => e.Rating.LevelRank == level.Rank)
                .OrderBy(e => e.By.Organisation ?? PartnerOrganisation.Unknown)
                .ThenBy(e => e.Rating.UpdatedAt)
                .ToList();
            var shown = atLevel.Skip(page * perLevel).Take(perLevel).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            var heading = CardElements.MinorHeading($"{level.Name} ({atLevel.Count})");
            heading["spacing"] = "Medium";
            yield return heading;
            foreach (var (rating, by) in shown)
            {
                yield return Excerpt(rating, by);
            }
        }
    }

    public static bool HasMorePages(ProposalCardModel model, int page) =>
        model.Ratings
            .Where(r => !string.IsNullOrWhiteSpace(r.Evidence))
            .GroupBy(r => r.LevelRank)
            .Any(g => g.Count() > (page + 1) * ExcerptsPerLevelPerPage);

    // Never cut between the two halves of a surrogate pair (an emoji, say): half a character is not text.
    private static string Cut(string text) =>
        char.IsHighSurrogate(text[ExcerptLength - 1]) ? text[..(ExcerptLength - 1)] : text[..ExcerptLength];

    private static JsonObject Excerpt(RatingEntry rating, Attribution by)
    {
        var text = rating.Evidence.Length <= ExcerptLength ? rating.Evidence : Cut(rating.Evidence) + "…";
        var runs = new List<JsonNode> { InertText.Typed(text) };
        if (by.Name is { } name)
        {
            runs.Add(InertText.Run(" — "));
            runs.Add(InertText.Typed(by.Organisation is { } organisation ? $"{name}, {organisation.DisplayName()}" : name, italic: true));
        }

        return InertText.Paragraph([.. runs]);
    }
}
