using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Kernel;

/// <summary>Says hello once when the bot is added to a conversation, however Teams announces it.</summary>
public sealed class InstallGreeter(ConversationStore conversations)
{
    public async Task GreetIfNewAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!IsBotAdded(activity) || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (await conversations.TryMarkGreetedAsync(conversationId, activity.ServiceUrl ?? string.Empty, cancellationToken))
        {
            await turn.SendCardAsync(WelcomeCard.Build(turn.IsGroupConversation), cancellationToken);
        }
    }

    private static bool IsBotAdded(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase),
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };
}
