using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Roles;

namespace TeamsEvalBot.Summaries;

public static class SummaryServiceCollectionExtensions
{
    /// <summary>The chief officers' journey: summaries, sharing them, and the agreed-position search.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.Section));
        services.AddSingleton<PartnershipIndexStore>();
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<SummaryReaders>();
        services.AddSingleton<WorkshopFinder>();
        services.AddSingleton<AskedWorkshop>();
        services.AddSingleton<SummaryLoader>();
        services.AddSingleton<IMessageCommand, SummaryCommand>();
        services.AddSingleton<IMessageCommand, ShareSummariesCommand>();
        services.AddSingleton<IMessageCommand, CompareCommand>();
        services.AddSingleton<IMessageCommand, OverviewCommand>();
        services.AddSingleton<ImportedWorkshopStore>();
        services.AddSingleton<ImportAuthority>();
        services.AddSingleton<IMessageCommand, ImportPreviousCommand>();
        services.AddSingleton<ICardVerb, ImportPreviousVerb>();
        services.AddSingleton<IInvokeHandler, AgreedPositionSearch>();
        return services;
    }
}
