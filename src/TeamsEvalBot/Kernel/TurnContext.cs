using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>One inbound activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    /// <summary>Teams refuses bot messages over 40 KB, counted as UTF-16.</summary>
    public const int MaxMessageBytes = 40 * 1024;

    public Activity Activity { get; } = activity;

    /// <summary>The message text with the bot's @mention removed.</summary>
    public string Text { get; } = Mentions.TextWithoutBotMention(activity);

    /// <summary>Group chats, channels and meeting chats, where people must @mention the bot.</summary>
    public bool IsGroupConversation =>
        Activity.Conversation?.IsGroup == true
        || Activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>The sender's Teams id (29:…), the key for their ratings and roles.</summary>
    public string PersonId => Activity.From?.Id ?? string.Empty;

    public string PersonName => Activity.From?.Name ?? "Someone";

    /// <summary>People @mentioned in the message, other than the bot.</summary>
    public IEnumerable<Entity> OtherMentions =>
        (Activity.Entities ?? []).Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase) && e.Mentioned?.Id != Activity.Recipient?.Id);

    /// <summary>What people type before a command here: "@TeamsEvalBot " in group conversations, nothing in 1:1.</summary>
    public string CommandPrefix => IsGroupConversation ? "@TeamsEvalBot " : string.Empty;

    public Task<string?> SendCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        var message = Activity.CreateReply();
        message.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }];
        return SendAsync(message, cancellationToken);
    }

    public Task<string?> SendAsync(Activity message, CancellationToken cancellationToken)
    {
        var utf16Bytes = JsonSerializer.Serialize(message, ProtocolJson.Options).Length * 2;
        if (utf16Bytes > MaxMessageBytes)
        {
            throw new InvalidOperationException($"A message of {utf16Bytes} bytes is over the Teams limit of {MaxMessageBytes}.");
        }

        return connector.SendToConversationAsync(message, cancellationToken);
    }
}
