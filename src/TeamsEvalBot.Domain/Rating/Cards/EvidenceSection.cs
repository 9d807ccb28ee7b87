using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>
/// The evidence after the reveal, grouped by level and (when named) by organisation. A page holds a
/// few short excerpts per level, so even 200 raters with full evidence fit a Teams message.
/// </summary>
internal static class EvidenceSection
{
    public const int ExcerptsPerLevelPerPage = 3;
    public const int ExcerptLength = 280;

    public static IEnumerable<JsonNode> Build(ProposalCardModel model, int page, int perLevel = ExcerptsPerLevelPerPage)
    {
        var named = model.Workshop.Settings.Anonymity == Anonymity.Named;
        var withEvidence = model.Ratings.Where(r => !string.IsNullOrWhiteSpace(r.Evidence)).ToList();
        yield return CardElements.Subheading("Evidence");
        if (withEvidence.Count == 0)
        {
            yield return CardElements.Text("Nobody added evidence.", subtle: true);
            yield break;
        }

        foreach (var level in model.Framework.Levels)
        {
            var atLevel = withEvidence
                .Where(r => r.LevelRank == level.Rank)
                .OrderBy(r => named ? r.Organisation : PartnerOrganisation.Unknown)
                .ThenBy(r => r.UpdatedAt)
                .ToList();
            var shown = atLevel.Skip(page * perLevel).Take(perLevel).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            var heading = CardElements.MinorHeading($"{level.Name} ({atLevel.Count})");
            heading["spacing"] = "Medium";
            yield return heading;
            foreach (var rating in shown)
            {
                yield return Excerpt(rating, named);
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

    private static JsonObject Excerpt(RatingEntry rating, bool named)
    {
        var text = rating.Evidence.Length <= ExcerptLength ? rating.Evidence : Cut(rating.Evidence) + "…";
        var runs = new List<JsonNode> { InertText.Typed(text) };
        if (named)
        {
            runs.Add(InertText.Run(" — "));
            runs.Add(InertText.Typed($"{rating.ParticipantName}, {rating.Organisation.DisplayName()}", italic: true));
        }

        return InertText.Paragraph([.. runs]);
    }
}
