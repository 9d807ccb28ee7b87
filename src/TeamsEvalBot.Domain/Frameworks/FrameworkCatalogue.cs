using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>
/// The frameworks a workshop can use. Every framework is validated when the catalogue is built,
/// so a broken data file stops the bot at start-up rather than in the middle of a workshop.
/// </summary>
public sealed class FrameworkCatalogue
{
    /// <summary>The 2019 MSG self-evaluation, which workshops use unless told otherwise.</summary>
    public const string DefaultId = "msg-2019";

    private const string SchemaFileName = "framework.schema.json";

    // Frameworks/Data/x.json is embedded as "TeamsEvalBot.Domain.Frameworks.Data.x.json".
    private static readonly string ResourcePrefix = typeof(FrameworkCatalogue).Namespace + ".Data.";

    // The embedded files never change while the bot runs, so they are read and checked once.
    private static readonly Lazy<FrameworkCatalogue> Embedded = new(ReadEmbedded);

    private readonly Dictionary<string, Framework> byId;

    /// <param name="frameworks">Frameworks already checked by <see cref="FrameworkLoader"/>.</param>
    /// <param name="defaultId">The id of the framework to use when none is named.</param>
    public FrameworkCatalogue(IEnumerable<Framework> frameworks, string defaultId = DefaultId)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        byId = new Dictionary<string, Framework>(StringComparer.OrdinalIgnoreCase);
        foreach (var framework in frameworks)
        {
            if (!byId.TryAdd(framework.Id, framework))
            {
                throw new InvalidDataException($"Framework '{framework.Id}' is defined more than once.");
            }
        }

        Default = byId.GetValueOrDefault(defaultId)
            ?? throw new InvalidDataException($"The default framework '{defaultId}' is not among the frameworks ({string.Join(", ", byId.Keys)}).");

        // The default comes first, so a list of choices opens with it.
        All = [Default, .. byId.Values.Where(f => !ReferenceEquals(f, Default)).OrderBy(f => f.Id, StringComparer.OrdinalIgnoreCase)];
    }

    public Framework Default { get; }

    public IReadOnlyList<Framework> All { get; }

    /// <summary>The frameworks embedded in this assembly from Frameworks/Data/*.json.</summary>
    public static FrameworkCatalogue LoadEmbedded() => Embedded.Value;

    /// <summary>Finds a framework by its id, ignoring case.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out Framework? framework)
    {
        framework = id is null ? null : byId.GetValueOrDefault(id.Trim());
        return framework is not null;
    }

    private static FrameworkCatalogue ReadEmbedded()
    {
        var assembly = typeof(FrameworkCatalogue).Assembly;
        var frameworks = new List<Framework>();
        foreach (var name in FrameworkResourceNames(assembly))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"The embedded framework {name} cannot be opened.");
            frameworks.Add(FrameworkLoader.Load(stream, name));
        }

        return new FrameworkCatalogue(frameworks);
    }

    private static IEnumerable<string> FrameworkResourceNames(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Where(n => !n.EndsWith("." + SchemaFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
