using Microsoft.Extensions.Options;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;

namespace TeamsEvalBot.Hosting;

public static partial class StartupLog
{
    /// <summary>
    /// Checks the bot's settings before anything starts, local mode's conditions among them
    /// (<see cref="LocalModeRequirements"/>). A refusal is logged and stops the bot; otherwise it says
    /// loudly when the bot runs without authentication, so nobody deploys it that way by accident.
    /// </summary>
    public static void CheckSettings(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsEvalBot.Startup");
        BotOptions bot;
        try
        {
            bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        }
        catch (OptionsValidationException refusal)
        {
            LogRefused(logger, refusal.Message);

            // The exception ends the process at once: flush the loggers (console, Application Insights) first.
            // The app itself stays undisposed, as its host is still in use (by WebApplicationFactory in the tests).
            foreach (var provider in app.Services.GetServices<ILoggerProvider>())
            {
                provider.Dispose();
            }

            throw;
        }

        if (bot.IsLocalMode)
        {
            LogLocalMode(logger);
        }
        else
        {
            LogAuthenticated(logger, bot.AppId!, bot.AppType, bot.EffectiveAllowedTenants);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "LOCAL MODE: no Bot:AppId is set, so requests are not authenticated. Only loopback callers naming a loopback host, without forwarding headers, are accepted. Never run this way in Azure.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot {AppId} ({AppType}) accepts tenants: {Tenants}")]
    private static partial void LogAuthenticated(ILogger logger, string appId, BotAppType appType, IReadOnlyCollection<string> tenants);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Critical, Message = "Refused to start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
