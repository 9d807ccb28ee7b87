using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Export;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Reconciliation;
using TeamsEvalBot.Roles;
using TeamsEvalBot.ScaleOut;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Summaries;

namespace TeamsEvalBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>The whole bot: the wire, storage, the kernel with every route, and what the journeys' handlers use.</summary>
    public static IServiceCollection AddTeamsEvalBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationInsightsWhenConfigured(configuration);
        services.AddBotProtocol(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, LocalModeRequirements>());
        services.AddHealthChecks().AddCheck<AuthenticationHealthCheck>("authentication");
        services.AddTableStorage(configuration);
        services.Replace(ServiceDescriptor.Singleton<IThreadSendSlots, SharedThreadSendSlots>());
        services.AddKernel(configuration, Routes.All);

        services.AddSingleton<RoleChanges>();
        services.AddSingleton<ErasureRunner>();
        services.AddHostedService<PendingErasureResumer>();
        services.AddSingleton<ReconcileLoader>();
        services.AddSingleton<IPostedCardDrawer, ReconcileCardDrawer>();
        services.AddSingleton<IPostedCardDrawer, ProposalSummaryCardDrawer>();
        services.AddSingleton<ImprovementActions>();
        services.AddSingleton<ImportAuthority>();
        services.AddOptions<DownloadOptions>().Bind(configuration.GetSection(DownloadOptions.Section));
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<ExpiredDownloadPurge>();
        services.AddHostedService(provider => provider.GetRequiredService<ExpiredDownloadPurge>());
        services.AddSingleton<ExportLoader>();
        services.AddSingleton<ExportDelivery>();
        return services;
    }
}
