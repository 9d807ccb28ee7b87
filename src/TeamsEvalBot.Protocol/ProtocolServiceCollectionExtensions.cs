using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol.Auth;
using TeamsEvalBot.Protocol.Connector;

namespace TeamsEvalBot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Inbound auth, the connector client and its token source, from the "Bot" configuration section.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.Section))
            .ValidateDataAnnotations()
            .Validate(HasCredentialsForMode, "Bot:TenantId is required with Bot:AppId, and so is Bot:ClientSecret (SingleTenant) or a managed identity (UserAssignedMSI).")
            .ValidateOnStart();
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection(ConnectorRetryOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyCache.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalTokenProvider.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<TenantGate>();

        services.AddSingleton<IConnectorTokenProvider>(provider =>
        {
            var bot = provider.GetRequiredService<IOptions<BotOptions>>();
            return bot.Value switch
            {
                { IsLocalMode: true } => new NoConnectorToken(),
                { AppType: BotAppType.UserAssignedMSI } => new ManagedIdentityTokenProvider(bot),
                _ => new MsalTokenProvider(bot, provider.GetRequiredService<IHttpClientFactory>()),
            };
        });
        services.AddSingleton<MemoryThreadSendSlots>();
        services.TryAddSingleton<IThreadSendSlots>(provider => provider.GetRequiredService<MemoryThreadSendSlots>());
        services.AddSingleton<ThreadRateLimiter>();
        services.AddTransient<ThreadRateLimitHandler>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<ConnectorAuthHandler>();

        // Outermost first: each attempt, retries included, gets a fresh token and then a rate-limit
        // slot, last, so the slot's recorded time is when the request really leaves.
        services.AddHttpClient<ConnectorClient>(http => http.Timeout = TimeSpan.FromMinutes(2))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorAuthHandler>()
            .AddHttpMessageHandler<ThreadRateLimitHandler>();
        return services;
    }

    private static bool HasCredentialsForMode(BotOptions bot) =>
        bot.IsLocalMode
        || (!string.IsNullOrWhiteSpace(bot.TenantId)
            && (bot.AppType == BotAppType.UserAssignedMSI || !string.IsNullOrWhiteSpace(bot.ClientSecret)));
}
