using System.Text.RegularExpressions;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Frameworks;

/// <summary>
/// The three text conversions of real 2019 MSG documents that hold the framework tables.
/// They live in shared/seeds beside the repo (CI clones shared/ next to it).
/// </summary>
internal static partial class MsgSeeds
{
    public static readonly string[] FileNames =
    [
        "msg-template-south-lanarkshire-2019.txt",
        "moray-improvement-plan-2021.txt",
        "north-ayrshire-2019-self-evaluation.txt",
    ];

    private static readonly Lazy<IReadOnlyList<Seed>> Loaded = new(Load);

    public static string Folder => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));

    public static IReadOnlyList<Seed> All => Loaded.Value;

    /// <summary>
    /// Collapses every run of whitespace (spaces, tabs, line breaks) to one space and trims.
    /// This undoes only the conversions' line and cell breaks. Quotes and dashes are not folded:
    /// every text in msg-2019.json matches a seed with its apostrophes and its en dash as they are.
    /// </summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static IReadOnlyList<Seed> Load()
    {
        var folder = Folder;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"The MSG seed documents were not found at {folder}; the framework text is checked against them. " +
                "Clone or copy shared/seeds beside the repository.");
        }

        return [.. FileNames.Select(name => ReadSeed(folder, name))];
    }

    private static Seed ReadSeed(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The MSG seed document {name} is missing from {folder}.", path);
        }

        var text = File.ReadAllText(path);
        return new Seed(name, Normalise(text), [.. text.Split('\n').Select(Normalise)]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <param name="Text">The whole document, normalised.</param>
    /// <param name="Lines">Each line, normalised; a framework table row is one line in the conversions.</param>
    public sealed record Seed(string Name, string Text, IReadOnlyList<string> Lines);
}
