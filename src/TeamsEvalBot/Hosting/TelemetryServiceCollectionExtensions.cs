using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// Requests, outbound calls (Teams, Table Storage), the bot's logs and its storage request counter
/// go to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set (the Bicep sets it).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddApplicationInsightsWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("TeamsEvalBot.Storage")
                .AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString))
            .WithLogging(logging => logging.AddAzureMonitorLogExporter(o => o.ConnectionString = connectionString));
        return services;
    }
}
