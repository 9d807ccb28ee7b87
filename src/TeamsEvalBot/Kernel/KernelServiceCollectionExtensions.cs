using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Kernel;

public static class KernelServiceCollectionExtensions
{
    /// <summary>The turn pipeline and what every journey shares, with each routed handler from <paramref name="routes"/>.</summary>
    public static IServiceCollection AddKernel(this IServiceCollection services, IConfiguration configuration, RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        services.AddSingleton(routes);
        services.AddSingleton<ActivityDispatcher>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CardVerbHandlers>();
        services.AddSingleton<SubmitFallback>();
        services.AddSingleton<InstallGreeter>();
        services.AddSingleton<RosterReader>();
        services.AddSingleton<RosterUpdater>();
        services.AddSingleton<FacilitatorGuard>();
        services.AddSingleton(_ => FrameworkCatalogue.LoadEmbedded());
        services.AddSingleton<ProposalCardLoader>();
        services.AddOptions<CardUpdateOptions>().Bind(configuration.GetSection(CardUpdateOptions.Section));
        services.AddSingleton<SharedCardRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<SharedCardRefresher>());
        services.AddSingleton<EvidenceCardPost>();
        services.AddSingleton<IPostedCardDrawer, EarlierRoundCardDrawer>();
        services.AddSingleton<EvidenceCardRedraw>();
        services.AddOptions<SummaryOptions>().Bind(configuration.GetSection(SummaryOptions.Section));
        services.AddOptions<PartnershipOptions>().Bind(configuration.GetSection(PartnershipOptions.Section));
        services.AddSingleton<PartnershipRegistry>();
        services.AddSingleton<StewardGuard>();
        services.AddSingleton<SummaryReaders>();
        services.AddSingleton<WorkshopFinder>();
        services.AddSingleton<AskedWorkshop>();
        services.AddSingleton<SummaryLoader>();
        services.AddSingleton<PrivateDelivery>();
        foreach (var handler in routes.Commands.Select(c => c.Handler).Concat(routes.CardVerbs.Select(v => v.Handler)).Concat(routes.Invokes.Select(i => i.Handler)))
        {
            services.TryAddSingleton(handler);
        }

        return services;
    }
}
