using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Kernel;

public sealed class HelpCommand : IMessageCommand
{
    public string Verb => "help";

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(HelpCard.Build(turn.IsGroupConversation), cancellationToken);
}
