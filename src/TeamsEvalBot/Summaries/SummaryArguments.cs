using System.Text.RegularExpressions;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// What follows "summary": nothing (this conversation's workshop), a proposal id ("2.3"), a
/// partnership's name, or both in either order ("2.3 Angus Health and Social Care Partnership").
/// </summary>
public sealed partial record SummaryArguments(string? ProposalId, string? Partnership)
{
    public static SummaryArguments Parse(string arguments)
    {
        var text = (arguments ?? string.Empty).Trim();
        var match = LeadingId().Match(text);
        if (!match.Success)
        {
            match = TrailingId().Match(text);
        }

        var partnership = match.Success ? text.Remove(match.Index, match.Length).Trim() : text;
        return new SummaryArguments(match.Success ? match.Groups["id"].Value : null, partnership.Length == 0 ? null : partnership);
    }

    [GeneratedRegex(@"^(?<id>[0-9]{1,3}\.[0-9]{1,3})(\s+|$)")]
    private static partial Regex LeadingId();

    [GeneratedRegex(@"\s+(?<id>[0-9]{1,3}\.[0-9]{1,3})$")]
    private static partial Regex TrailingId();
}
