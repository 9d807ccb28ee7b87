using TeamsEvalBot.Storage.Downloads;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The exports: "export word", "export excel", and the download links that deliver them. Needs <see cref="Summarise.SummaryServiceCollectionExtensions.AddSummaries"/>.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>().Bind(configuration.GetSection(DownloadOptions.Section));
        services.AddSingleton<DownloadStore>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<ExportLoader>();
        services.AddSingleton<ExportDelivery>();
        services.AddSingleton<IMessageCommand, ExportWordCommand>();
        services.AddSingleton<IMessageCommand, ExportExcelCommand>();
        return services;
    }
}
