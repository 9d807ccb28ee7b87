using Microsoft.Extensions.Options;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;

namespace TeamsEvalBot.Hosting;

public static partial class StartupLog
{
    /// <summary>Says loudly when the bot runs without authentication, so nobody deploys it that way by accident.</summary>
    public static void WarnIfLocalMode(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsEvalBot.Startup");
        if (bot.IsLocalMode)
        {
            LogLocalMode(logger);
        }
        else
        {
            LogAuthenticated(logger, bot.AppId!, bot.AppType, bot.EffectiveAllowedTenants);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "LOCAL MODE: no Bot:AppId is set, so requests are not authenticated. Only loopback callers are accepted. Never run this way in Azure.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot {AppId} ({AppType}) accepts tenants: {Tenants}")]
    private static partial void LogAuthenticated(ILogger logger, string appId, BotAppType appType, IReadOnlyCollection<string> tenants);
}
