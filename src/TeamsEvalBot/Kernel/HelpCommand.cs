using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Kernel;

/// <summary>The help card, made from the route table, so it lists exactly the commands that are routed.</summary>
public sealed class HelpCommand(RouteTable routes) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        await request.Turn.SendCardAsync(HelpCard.Build(routes.Help, request.Turn.IsGroupConversation), cancellationToken);
}
