using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>One proposal as the MSG template lays it out: the rating descriptor table, "Evidence / Notes", then "Proposed improvement actions".</summary>
public static class WordProposalSection
{
    public const string NotForLocalCompletion = "Not for local completion";
    public const string Pending = "Pending";

    // A few excerpts show what the rating rested on; the whole evidence stays in the bot.
    private const int ExcerptsShown = 3;
    private const int ExcerptLength = 300;

    public static IEnumerable<OpenXmlElement> Build(ExportContent content, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(proposal);
        yield return WordParts.Styled(WordParts.Heading2, $"Proposal {proposal.Id}: {proposal.Text}");
        if (!proposal.IsRateable)
        {
            yield return WordParts.Paragraph(WordParts.Text($"{NotForLocalCompletion}: this proposal is not rated by partnerships."));
            yield break;
        }

        var agreed = content.AgreedFor(proposal);
        yield return RatingTable(content.Framework.Levels, proposal, agreed);
        yield return WordParts.Styled(WordParts.Heading3, "Evidence / Notes");
        foreach (var paragraph in Notes(content, agreed))
        {
            yield return paragraph;
        }

        yield return WordParts.Styled(WordParts.Heading3, "Proposed improvement actions");
        foreach (var paragraph in Actions(agreed, content.Today))
        {
            yield return paragraph;
        }
    }

    private static Table RatingTable(IReadOnlyList<RatingLevel> levels, Proposal proposal, AgreedPosition? agreed)
    {
        var rating = new TableRow(WordParts.Cell("Our rating", bold: true));
        if (agreed is null)
        {
            rating.Append(WordParts.Cell(Pending, span: levels.Count));
        }
        else
        {
            rating.Append(levels.Select(l => WordParts.Cell(l.Rank == agreed.LevelRank ? "X" : string.Empty, bold: true)));
        }

        return WordParts.Table(levels.Count + 1,
        [
            new TableRow([WordParts.Cell("Rating descriptor", bold: true), .. levels.Select(l => WordParts.Cell(l.Name, bold: true))]),
            new TableRow([WordParts.Cell("Indicator", bold: true), .. levels.Select(l => WordParts.Cell(proposal.Indicators.ElementAtOrDefault(l.Rank) ?? string.Empty))]),
            rating,
        ]);
    }

    private static IEnumerable<Paragraph> Notes(ExportContent content, AgreedPosition? agreed)
    {
        if (agreed is null)
        {
            yield return WordParts.Paragraph(WordParts.Text("No position is agreed yet."));
            yield break;
        }

        yield return WordParts.Paragraph(WordParts.Text("Rationale: ", bold: true), WordParts.Text(agreed.Rationale));
        if (!string.IsNullOrWhiteSpace(agreed.Dissent))
        {
            yield return WordParts.Paragraph(WordParts.Text("Dissent: ", bold: true), WordParts.Text(agreed.Dissent));
        }

        var round = content.AgreedRoundRatings(agreed);
        var tally = TallyCalculator.Compute(round, content.Framework.Levels.Count, content.Workshop.Settings.MinimumGroupSize);
        var excerpts = round.Where(r => !string.IsNullOrWhiteSpace(r.Evidence)).Take(ExcerptsShown).ToList();
        if (excerpts.Count > 0)
        {
            yield return WordParts.Paragraph(WordParts.Text($"Evidence from the ratings of round {agreed.Round}:", bold: true));
        }

        foreach (var rating in excerpts)
        {
            var level = content.Framework.Levels.FirstOrDefault(l => l.Rank == rating.LevelRank)?.Name ?? string.Empty;

            // The document names organisations, never raters: the template speaks for the partners.
            var organisation = Attribution.Beside(rating, content.Workshop.Settings, tally).Organisation is { } shown ? $"{shown.DisplayName()}, " : string.Empty;
            yield return WordParts.Paragraph(WordParts.Text($"“{Excerpt(rating.Evidence)}” ({organisation}{level})"));
        }
    }

    private static IEnumerable<Paragraph> Actions(AgreedPosition? agreed, DateOnly today)
    {
        if (agreed is null || agreed.Actions.Count == 0)
        {
            yield return WordParts.Paragraph(WordParts.Text("None recorded."));
            yield break;
        }

        foreach (var action in agreed.Actions)
        {
            var overdue = action.IsOverdue(today) ? " (overdue)" : string.Empty;
            yield return WordParts.Paragraph(
                WordParts.Text(action.Action, bold: true),
                WordParts.Text($"\nLead: {action.Lead}. Partner: {action.Partner.DisplayName()}. Timescale: {action.Timescale.Text}. Status: {action.Status.DisplayName()}{overdue}."));
        }
    }

    private static string Excerpt(string evidence)
    {
        var text = evidence.Trim();
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "…";
    }
}
