using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// What someone typed to find agreed positions: proposal ids such as "2.3", and words that must
/// all appear in the partnership's name, the proposal's text or its key feature's title.
/// </summary>
public sealed partial record PositionQuery(IReadOnlyList<string> ProposalIds, IReadOnlyList<string> Words)
{
    // Enough for any real search; more words only make the matching slower.
    private const int MaxTerms = 12;

    public bool IsEmpty => ProposalIds.Count == 0 && Words.Count == 0;

    public static PositionQuery Parse(string? text)
    {
        var terms = (text ?? string.Empty)
            .ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(',', '.', ';', ':', '!', '?', '"', '\'', '(', ')'))
            .Where(t => t.Length > 0)
            .Take(MaxTerms)
            .ToList();
        return new PositionQuery(
            [.. terms.Where(t => ProposalId().IsMatch(t))],
            [.. terms.Where(t => !ProposalId().IsMatch(t))]);
    }

    public bool Matches(string partnership, KeyFeature feature, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(proposal);
        if (ProposalIds.Count > 0 && !ProposalIds.Contains(proposal.Id, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var text = $"{partnership} {proposal.Text} {feature.Title}".ToLowerInvariant();
        return Words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}$")]
    private static partial Regex ProposalId();
}
