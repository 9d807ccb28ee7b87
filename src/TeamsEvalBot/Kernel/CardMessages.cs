using System.Text.Json.Nodes;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>Messages the bot sends outside a turn: a card to a chat, or a new drawing of a card already there.</summary>
public static class CardMessages
{
    public static Activity New(string serviceUrl, string conversationId, JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
    };

    public static Activity Update(string serviceUrl, string conversationId, string activityId, JsonObject card)
    {
        var update = New(serviceUrl, conversationId, card);
        update.Id = activityId;
        return update;
    }
}
