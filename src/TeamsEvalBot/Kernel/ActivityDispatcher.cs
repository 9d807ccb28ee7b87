using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Routes an authenticated activity to the code that handles its type. Types and events the bot
/// does not know are ignored, as Teams adds new ones over time.
/// </summary>
public sealed class ActivityDispatcher(
    ConnectorClient connector,
    CommandRouter commands,
    InstallGreeter greeter,
    RosterUpdater roster,
    SubmitFallback submitFallback,
    RouteTable routes,
    IServiceProvider services)
{
    private readonly Dictionary<string, IInvokeHandler> invokes =
        routes.Invokes.ToDictionary(i => i.Name, i => (IInvokeHandler)services.GetRequiredService(i.Handler), StringComparer.OrdinalIgnoreCase);

    /// <summary>The invoke response for an invoke; null for every other activity.</summary>
    public async Task<InvokeResponse?> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, connector);
        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                return activity.Name is not null && invokes.TryGetValue(activity.Name, out var handler)
                    ? await handler.HandleAsync(turn, cancellationToken)
                    : InvokeResponse.NotImplemented;
            case ActivityTypes.Message when SubmitFallback.Applies(turn):
                await submitFallback.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await commands.RouteAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await greeter.GreetIfNewAsync(turn, cancellationToken);
                await roster.AddJoinedMembersAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await greeter.GreetIfNewAsync(turn, cancellationToken);
                return null;
            default:
                return null;
        }
    }
}
