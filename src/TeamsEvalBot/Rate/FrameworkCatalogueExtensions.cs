using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Rate;

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
