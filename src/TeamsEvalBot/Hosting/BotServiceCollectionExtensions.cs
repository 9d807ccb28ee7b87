using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsEvalBot.Export;
using TeamsEvalBot.Greeting;
using TeamsEvalBot.Messages;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Turns;
using TeamsEvalBot.Rate;
using TeamsEvalBot.Reconcile;
using TeamsEvalBot.Rate.CardActions;
using TeamsEvalBot.Roles;
using TeamsEvalBot.ScaleOut;
using TeamsEvalBot.Summarise;
using TeamsEvalBot.Workshops.Frameworks;

namespace TeamsEvalBot.Hosting;

public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsEvalBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationInsightsWhenConfigured(configuration);
        services.AddBotProtocol(configuration);
        services.AddTableStorage(configuration);
        services.AddSingleton<ActivityDispatcher>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<InstallGreeter>();
        services.AddSingleton(_ => FrameworkCatalogue.LoadEmbedded());
        services.AddOptions<CardUpdateOptions>().Bind(configuration.GetSection(CardUpdateOptions.Section));
        services.AddSingleton<RosterReader>();
        services.AddSingleton<RosterUpdater>();
        services.AddSingleton<WorkshopTurns>();
        services.AddSingleton<ProposalCardLoader>();
        services.AddSingleton<TeamsEvalBot.Storage.ScaleOut.CardUpdateClaims>();
        services.AddSingleton<TeamsEvalBot.Storage.ScaleOut.ThreadSendLog>();
        services.Replace(ServiceDescriptor.Singleton<IThreadSendSlots, SharedThreadSendSlots>());
        services.AddSingleton<SharedCardRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<SharedCardRefresher>());

        services.AddSingleton<IMessageCommand, HelpCommand>();
        services.AddSingleton<IMessageCommand, StartWorkshopCommand>();
        services.AddSingleton<IMessageCommand, PostCommand>();
        services.AddSingleton<IMessageCommand, CloseCommand>();
        services.AddSingleton<IMessageCommand, RevealCommand>();
        services.AddSingleton<IMessageCommand, StatusCommand>();
        services.AddSingleton<IMessageCommand, RemindCommand>();
        services.AddSingleton<IMessageCommand, MyOrganisationCommand>();
        services.AddSingleton<IMessageCommand, SetOrganisationCommand>();

        services.AddSingleton<TeamsEvalBot.Storage.Workshops.WorkshopAdminStore>();
        services.AddSingleton<RoleChanges>();
        services.AddSingleton<IMessageCommand, AddFacilitatorCommand>();
        services.AddSingleton<IMessageCommand, AddObserverCommand>();
        services.AddSingleton<IMessageCommand, RemoveObserverCommand>();
        services.AddSingleton<IMessageCommand, ObserveCommand>();
        services.AddSingleton<IMessageCommand, EndWorkshopCommand>();
        services.AddSingleton<IMessageCommand, ForgetMeCommand>();

        services.AddSingleton<ReconcileLoader>();
        services.AddSingleton<ImprovementActions>();
        services.AddSingleton<IMessageCommand, ReconcileCommand>();
        services.AddSingleton<IMessageCommand, HistoryCommand>();
        services.AddSingleton<IMessageCommand, RevoteCommand>();
        services.AddSingleton<IMessageCommand, ActionsCommand>();
        services.AddSingleton<ICardAction, ReconcileAction>();
        services.AddSingleton<ICardAction, AgreeAction>();
        services.AddSingleton<ICardAction, ActionStatusAction>();

        services.AddSummaries(configuration);
        services.AddExports(configuration);

        services.AddSingleton<IInvokeHandler, AdaptiveCardActionHandler>();
        services.AddSingleton<SubmitFallback>();
        services.AddSingleton<ICardAction, RateAction>();
        services.AddSingleton<ICardAction, RefreshAction>();
        services.AddSingleton<ICardAction, MoreEvidenceAction>();
        services.AddSingleton<ICardAction, SettingsAction>();
        services.AddSingleton<ICardAction, ChooseOrganisationAction>();
        return services;
    }
}
