using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsEvalBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(s => s.TableEndpoint is not null || !string.IsNullOrWhiteSpace(s.ConnectionString), "Storage needs a ConnectionString or a TableEndpoint.")
            .ValidateOnStart();
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton<Azure.Core.Pipeline.HttpPipelinePolicy>(provider => provider.GetRequiredService<StorageRequestCounter>());
        services.AddSingleton<StorageRoundTrips>();
        services.AddSingleton<Azure.Core.Pipeline.HttpPipelinePolicy>(provider => provider.GetRequiredService<StorageRoundTrips>());
        services.AddSingleton<TableStore>();
        services.AddHostedService<TableInitializer>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<Workshops.WorkshopStore>();
        services.AddSingleton<Workshops.AgreedPositionStore>();
        services.AddSingleton<Workshops.WorkshopAdminStore>();
        services.AddSingleton<Workshops.PartnershipIndexStore>();
        services.AddSingleton<Partnerships.PartnershipStore>();
        services.AddSingleton<Workshops.SummaryStore>();
        services.AddSingleton<Workshops.ImportedWorkshopStore>();
        services.AddSingleton<Workshops.PostedCardStore>();
        services.AddSingleton<Erasures.ErasureStore>();
        services.AddSingleton<Downloads.DownloadStore>();
        services.AddSingleton<ScaleOut.CardUpdateClaims>();
        services.AddSingleton<ScaleOut.ThreadSendLog>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("table-storage");
        return services;
    }
}
