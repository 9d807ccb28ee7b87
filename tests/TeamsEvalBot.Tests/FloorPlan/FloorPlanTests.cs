using System.Text.RegularExpressions;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.FloorPlan;

/// <summary>
/// The host's folders, read from their using lines and qualified names: journeys import the kernel,
/// the domain and storage, never each other; the kernel imports no other folder; nothing is a cycle.
/// </summary>
public sealed partial class FloorPlanTests
{
    private static readonly string[] Journeys = ["Rating", "Reconciliation", "Roles", "Summaries", "Export"];

    private static readonly string HostRoot = RepoPaths.Combine("src", "TeamsEvalBot");

    [Fact]
    public void TheHostHasExactlyTheKnownFolders()
    {
        Assert.Equal(
            ["Export", "Hosting", "Kernel", "Rating", "Reconciliation", "Roles", "ScaleOut", "Summaries"],
            Imports().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JourneyFolders_ImportNoOtherJourney()
    {
        var imports = Imports();
        foreach (var journey in Journeys)
        {
            Assert.Empty(imports[journey].Intersect(Journeys));
        }
    }

    [Fact]
    public void TheKernel_ImportsNoOtherHostFolder_AndScaleOutOnlyTheKernel()
    {
        var imports = Imports();
        Assert.Empty(imports["Kernel"]);
        Assert.Equal(["Kernel"], imports["ScaleOut"]);
    }

    [Fact]
    public void HostFolders_FormNoCycle()
    {
        var imports = Imports();
        var done = new HashSet<string>();
        foreach (var folder in imports.Keys)
        {
            Visit(folder, [], done, imports);
        }
    }

    [Fact]
    public void TheDomain_KnowsNothingOfTheHostStorageOrTheWire()
    {
        var domain = RepoPaths.Combine("src", "TeamsEvalBot.Domain");
        foreach (var file in SourceFiles(domain))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(ForbiddenInDomain(), text);
        }
    }

    private static void Visit(string folder, List<string> path, HashSet<string> done, Dictionary<string, HashSet<string>> imports)
    {
        Assert.False(path.Contains(folder), $"import cycle: {string.Join(" → ", path.Append(folder))}");
        if (!done.Add(folder))
        {
            return;
        }

        foreach (var next in imports[folder])
        {
            Visit(next, [.. path, folder], done, imports);
        }
    }

    /// <summary>Each top-level host folder and the other host folders its files name.</summary>
    private static Dictionary<string, HashSet<string>> Imports()
    {
        var folders = Directory.GetDirectories(HostRoot).Select(Path.GetFileName).Where(f => f is not "bin" and not "obj").Select(f => f!).ToList();
        var imports = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var folder in folders)
        {
            foreach (var file in SourceFiles(Path.Combine(HostRoot, folder)))
            {
                foreach (Match match in HostReference().Matches(File.ReadAllText(file)))
                {
                    var named = match.Groups["folder"].Value;
                    if (named != folder && imports.ContainsKey(named))
                    {
                        imports[folder].Add(named);
                    }
                }
            }
        }

        return imports;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // "using TeamsEvalBot.Rating;" and "TeamsEvalBot.Rating.RateVerb" alike; the other projects start TeamsEvalBot.Domain, .Storage, .Protocol.
    [GeneratedRegex(@"\bTeamsEvalBot\.(?<folder>[A-Z][A-Za-z]*)\b")]
    private static partial Regex HostReference();

    [GeneratedRegex(@"\bTeamsEvalBot\.(Storage|Protocol|Kernel|Hosting|Rating|Reconciliation|Roles|Summaries|Export|ScaleOut)\b|\bAzure\.|\bMicrosoft\.AspNetCore\b")]
    private static partial Regex ForbiddenInDomain();
}
