using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// axe-core scans of rendered cards, scoped to one card (<c>.ac-adaptiveCard</c>) at a time. Every
/// finding is reported, whatever its impact; <see cref="AssertNoSeriousFindings"/> then fails on any
/// serious or critical one, after the whole report is written, so one run shows every problem.
/// </summary>
public sealed class CardScans(string name, ITestOutputHelper output)
{
    private static readonly HashSet<string> Failing = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    // Every rule axe runs by default (WCAG 2.0 to 2.2 A and AA, and best practice). Passing rules report
    // one node each rather than all of them, which keeps a scan quick; findings report every node.
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations, ResultType.Incomplete] };

    private readonly List<(string Variant, AxeResult Result)> scans = [];

    public static string ReportFolder => RepoPaths.Combine("TestResults", "accessibility");

    public IReadOnlyList<string> Variants => [.. scans.Select(s => s.Variant)];

    /// <summary>Scans one rendered card, after checking that it is there and that axe really looked at it.</summary>
    public async Task ScanAsync(ILocator card, string variant)
    {
        ArgumentNullException.ThrowIfNull(card);
        await card.WaitForAsync();
        Assert.True(await card.CountAsync() == 1, $"{variant}: expected one card to scan.");
        Assert.True(await card.EvaluateAsync<bool>("e => e.classList.contains('ac-adaptiveCard')"), $"{variant}: the locator is not a rendered Adaptive Card.");
        await card.ScrollIntoViewIfNeededAsync();

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var result = await card.RunAxe(Options);
        Assert.True(await card.CountAsync() == 1, $"{variant}: the card changed while axe scanned it, so the scan is not of this variant.");

        // A scan that checked nothing would pass anything: axe must have run rules on elements of this card.
        var checkedNodes = result.Passes.Concat(result.Violations).Concat(result.Incomplete).Sum(r => r.Nodes.Length);
        Assert.True(result.Passes.Length > 0 && checkedNodes > 0, $"{variant}: axe checked no element of the card ({result.Passes.Length} rules passed).");
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
        scans.Add((variant, result));
        WriteReport();
        output.WriteLine($"axe: {variant}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} to review ({timer.ElapsedMilliseconds} ms).");
    }

    /// <summary>Reports every finding (TestResults/accessibility/{name}.md) and fails if any is serious or critical.</summary>
    public void AssertNoSeriousFindings()
    {
        var report = Report();
        output.WriteLine(report);
        output.WriteLine("Report: " + WriteReport());

        var serious = scans.SelectMany(s => s.Result.Violations.Where(v => Failing.Contains(v.Impact ?? string.Empty)).Select(v => $"{s.Variant}: {v.Id} ({v.Impact})")).ToList();
        Assert.True(serious.Count == 0, $"Serious or critical accessibility findings:\n{string.Join('\n', serious)}\n\n{report}");
    }

    // Written after every scan, so a test that stops half way still leaves the findings so far.
    private string WriteReport()
    {
        Directory.CreateDirectory(ReportFolder);
        var path = Path.Combine(ReportFolder, name + ".md");
        File.WriteAllText(path, Report());
        return path;
    }

    private string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# axe-core scans: {name}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{scans.Count} card variants scanned in the Agents Playground, each scoped to its `.ac-adaptiveCard`.");
        text.AppendLine();
        foreach (var (variant, result) in scans)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"## {variant}");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Rules passed: {result.Passes.Length} ({string.Join(", ", result.Passes.Select(p => p.Id))})");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Violations: {result.Violations.Length}");
            AppendFindings(text, result.Violations);
            text.AppendLine(CultureInfo.InvariantCulture, $"- Needs review (incomplete): {result.Incomplete.Length}");
            AppendFindings(text, result.Incomplete);
            text.AppendLine();
        }

        return text.ToString();
    }

    private static void AppendFindings(StringBuilder text, IEnumerable<AxeResultItem> findings)
    {
        foreach (var finding in findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - `{finding.Id}` ({finding.Impact ?? "no impact"}): {finding.Help}. {finding.HelpUrl}");
            foreach (var node in finding.Nodes)
            {
                var html = node.Html.Length <= 160 ? node.Html : node.Html[..160] + "…";
                text.AppendLine(CultureInfo.InvariantCulture, $"    - `{node.Target}`: `{html}`");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
                if (checks.Count > 0)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {string.Join(" ", checks).ReplaceLineEndings(" ")}");
                }
            }
        }
    }
}
