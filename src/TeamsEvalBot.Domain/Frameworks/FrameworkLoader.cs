using System.Text.Json;

namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>
/// Reads a framework JSON file into a <see cref="Framework"/>. A file that breaks a rule is rejected whole,
/// with an <see cref="InvalidDataException"/> that names the framework and each faulty key feature or proposal:
/// a half-loaded framework would let people rate against the wrong indicators.
/// </summary>
public static class FrameworkLoader
{
    /// <param name="json">The framework JSON.</param>
    /// <param name="source">Where the JSON came from, such as a file or resource name; used in error messages.</param>
    public static Framework Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Build(Deserialize(() => JsonSerializer.Deserialize(json, FrameworkJsonContext.Default.FrameworkDocument), source), source);
    }

    /// <param name="utf8Json">The framework JSON, UTF-8 encoded.</param>
    /// <param name="source">Where the JSON came from, such as a file or resource name; used in error messages.</param>
    public static Framework Load(Stream utf8Json, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Build(Deserialize(() => JsonSerializer.Deserialize(utf8Json, FrameworkJsonContext.Default.FrameworkDocument), source), source);
    }

    private static FrameworkDocument Deserialize(Func<FrameworkDocument?> read, string source)
    {
        try
        {
            return read() ?? throw new InvalidDataException($"Framework in {source} is invalid: the file holds no framework object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Framework in {source} is not valid framework JSON: {ex.Message}", ex);
        }
    }

    private static Framework Build(FrameworkDocument document, string source)
    {
        var problems = FrameworkValidator.FindProblems(document);
        if (problems.Count > 0)
        {
            var name = string.IsNullOrWhiteSpace(document.Id) ? $"Framework in {source}" : $"Framework '{document.Id}' ({source})";
            throw new InvalidDataException($"{name} is invalid: {string.Join("; ", problems)}.");
        }

        // The validator has checked every value used below, hence the null-forgiving operators.
        IReadOnlyList<RatingLevel> levels = [.. document.Levels!.Select((name, rank) => new RatingLevel(rank, name!))];
        IReadOnlyList<KeyFeature> keyFeatures = [.. document.KeyFeatures!.Select(k => ToKeyFeature(k!))];
        return new Framework(document.Id!, document.Name!, document.Description!, levels, keyFeatures);
    }

    private static KeyFeature ToKeyFeature(KeyFeatureDocument document)
    {
        IReadOnlyList<Proposal> proposals = [.. document.Proposals!.Select(p => ToProposal(p!, document.Id!))];
        return new KeyFeature(document.Id!, document.Title!, proposals);
    }

    private static Proposal ToProposal(ProposalDocument document, string keyFeatureId)
    {
        IReadOnlyList<string> indicators = document.NotForLocalCompletion ? [] : [.. document.Indicators!.Select(i => i!)];
        return new Proposal(document.Id!, document.Text!, keyFeatureId, !document.NotForLocalCompletion, indicators);
    }
}
