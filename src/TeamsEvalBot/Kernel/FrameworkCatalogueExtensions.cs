using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Kernel;

public static class FrameworkCatalogueExtensions
{
    /// <summary>The framework a stored workshop was started with; frameworks ship with the bot, so it is always there.</summary>
    public static Framework For(this FrameworkCatalogue catalogue, Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(workshop);
        return catalogue.TryGet(workshop.FrameworkId, out var framework)
            ? framework
            : throw new InvalidOperationException($"Workshop {workshop.Id} uses framework '{workshop.FrameworkId}', which this build does not ship.");
    }
}
