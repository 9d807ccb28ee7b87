namespace TeamsEvalBot.Domain.Frameworks;

// The rules a framework file must follow. It lists every problem, not just the first,
// so whoever edits a framework can fix the file in one pass.
internal static class FrameworkValidator
{
    public static IReadOnlyList<string> FindProblems(FrameworkDocument document)
    {
        var problems = new List<string>();
        RequireText(document.Id, "the framework has no id", problems);
        RequireText(document.Name, "the framework has no name", problems);
        RequireText(document.Description, "the framework has no description", problems);
        var levels = document.Levels ?? [];
        CheckLevels(levels, problems);
        CheckKeyFeatures(document.KeyFeatures ?? [], levels, problems);
        return problems;
    }

    private static void CheckLevels(IReadOnlyList<string?> levels, List<string> problems)
    {
        if (levels.Count < 2)
        {
            problems.Add($"it has {levels.Count} rating level(s), but a rating scale needs at least 2");
        }

        for (var rank = 0; rank < levels.Count; rank++)
        {
            RequireText(levels[rank], $"rating level {rank} has no name", problems);
        }

        // Names are looked up ignoring case, so names differing only in case would be ambiguous.
        foreach (var name in levels.Where(l => !string.IsNullOrWhiteSpace(l))
                     .GroupBy(l => l!.Trim(), StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Count() > 1)
                     .Select(g => g.Key))
        {
            problems.Add($"the rating level '{name}' appears more than once");
        }
    }

    private static void CheckKeyFeatures(IReadOnlyList<KeyFeatureDocument?> keyFeatures, IReadOnlyList<string?> levels, List<string> problems)
    {
        if (keyFeatures.Count == 0)
        {
            problems.Add("it has no key features");
        }

        var keyFeatureIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var proposalIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < keyFeatures.Count; index++)
        {
            var keyFeature = keyFeatures[index];
            if (keyFeature is null)
            {
                problems.Add($"key feature {index + 1} is null");
                continue;
            }

            var label = string.IsNullOrWhiteSpace(keyFeature.Id) ? $"key feature number {index + 1}" : $"key feature {keyFeature.Id}";
            RequireText(keyFeature.Id, $"{label} has no id", problems);
            if (!string.IsNullOrWhiteSpace(keyFeature.Id) && !keyFeatureIds.Add(keyFeature.Id))
            {
                problems.Add($"the key feature id {keyFeature.Id} is used more than once");
            }

            RequireText(keyFeature.Title, $"{label} has no title", problems);
            var proposals = keyFeature.Proposals ?? [];
            if (proposals.Count == 0)
            {
                problems.Add($"{label} has no proposals");
            }

            for (var number = 0; number < proposals.Count; number++)
            {
                CheckProposal(proposals[number], keyFeature.Id, $"proposal number {number + 1} of {label}", levels, proposalIds, problems);
            }
        }
    }

    private static void CheckProposal(
        ProposalDocument? proposal,
        string? keyFeatureId,
        string position,
        IReadOnlyList<string?> levels,
        HashSet<string> proposalIds,
        List<string> problems)
    {
        if (proposal is null)
        {
            problems.Add($"{position} is null");
            return;
        }

        var label = string.IsNullOrWhiteSpace(proposal.Id) ? position : $"proposal {proposal.Id}";
        RequireText(proposal.Id, $"{position} has no id", problems);
        if (!string.IsNullOrWhiteSpace(proposal.Id))
        {
            if (!string.IsNullOrWhiteSpace(keyFeatureId) && !IsProposalIdOf(proposal.Id, keyFeatureId))
            {
                problems.Add($"proposal {proposal.Id} is in key feature {keyFeatureId}, so its id must be {keyFeatureId}.<number>");
            }

            if (!proposalIds.Add(proposal.Id))
            {
                problems.Add($"the proposal id {proposal.Id} is used more than once");
            }
        }

        RequireText(proposal.Text, $"{label} has no text", problems);
        var indicators = proposal.Indicators ?? [];
        if (proposal.NotForLocalCompletion)
        {
            if (indicators.Count > 0)
            {
                problems.Add($"{label} is not for local completion, so it must have no indicators, but it has {indicators.Count}");
            }

            return;
        }

        if (indicators.Count != levels.Count)
        {
            problems.Add($"{label} has {indicators.Count} indicator(s), but it needs one for each of the {levels.Count} rating levels");
        }

        for (var rank = 0; rank < indicators.Count; rank++)
        {
            var level = rank < levels.Count ? $" ({levels[rank]})" : string.Empty;
            RequireText(indicators[rank], $"{label} has an empty indicator for level {rank}{level}", problems);
        }
    }

    // "<keyFeatureId>.<n>": the prefix ties the proposal to its key feature, and n is a whole number.
    private static bool IsProposalIdOf(string proposalId, string keyFeatureId)
    {
        var prefix = keyFeatureId + ".";
        return proposalId.StartsWith(prefix, StringComparison.Ordinal)
            && proposalId.Length > prefix.Length
            && proposalId.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static void RequireText(string? text, string problem, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(problem);
        }
    }
}
