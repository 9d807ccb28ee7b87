using TeamsEvalBot.Greeting;
using TeamsEvalBot.Messages;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Turns;

namespace TeamsEvalBot.Hosting;

public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsEvalBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol(configuration);
        services.AddTableStorage(configuration);
        services.AddSingleton<ActivityDispatcher>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<InstallGreeter>();
        services.AddSingleton<IMessageCommand, HelpCommand>();
        return services;
    }
}
