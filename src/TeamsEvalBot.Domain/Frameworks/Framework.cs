using System.Globalization;

namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>A set of key features and proposals with a rating scale, as loaded by <see cref="FrameworkLoader"/>.</summary>
public sealed record Framework(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<RatingLevel> Levels,
    IReadOnlyList<KeyFeature> KeyFeatures)
{
    /// <summary>Every proposal, in key feature order and then in the order the framework lists them.</summary>
    public IEnumerable<Proposal> Proposals => KeyFeatures.SelectMany(k => k.Proposals);

    // People type ids into chat, so case and surrounding spaces are ignored.
    public Proposal? FindProposal(string id) =>
        Proposals.FirstOrDefault(p => string.Equals(p.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    public KeyFeature? FindKeyFeature(string id) =>
        KeyFeatures.FirstOrDefault(k => string.Equals(k.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a level by its name (any case) or by its rank written as digits, such as "2".</summary>
    public RatingLevel? FindLevel(string nameOrRank)
    {
        var key = nameOrRank?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (key.All(char.IsAsciiDigit))
        {
            return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
                ? Levels.FirstOrDefault(l => l.Rank == rank)
                : null;
        }

        return Levels.FirstOrDefault(l => string.Equals(l.Name, key, StringComparison.OrdinalIgnoreCase));
    }
}
