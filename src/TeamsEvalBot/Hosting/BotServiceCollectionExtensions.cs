using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsEvalBot.Export;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Rating;
using TeamsEvalBot.Reconciliation;
using TeamsEvalBot.Summaries;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Roles;
using TeamsEvalBot.ScaleOut;
using TeamsEvalBot.Domain.Frameworks;

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
        services.AddSingleton<ICardVerb, ReconcileVerb>();
        services.AddSingleton<ICardVerb, AgreeVerb>();
        services.AddSingleton<ICardVerb, ActionStatusVerb>();

        services.AddSummaries(configuration);
        services.AddExports(configuration);

        services.AddSingleton<IInvokeHandler, CardVerbRouter>();
        services.AddSingleton<SubmitFallback>();
        services.AddSingleton<ICardVerb, RateVerb>();
        services.AddSingleton<ICardVerb, RefreshVerb>();
        services.AddSingleton<ICardVerb, MoreEvidenceVerb>();
        services.AddSingleton<ICardVerb, SettingsVerb>();
        services.AddSingleton<ICardVerb, ChooseOrganisationVerb>();
        return services;
    }
}
