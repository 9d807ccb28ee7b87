using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Delivers what one person asked to read. In the workshop's own chat everyone may read it, so it
/// is posted there; in any other group chat or channel it goes to the asker's 1:1 chat with the bot,
/// and the group is told only that, so nobody there reads what they may not.
/// </summary>
public sealed partial class PrivateDelivery(ConnectorClient connector, ILogger<PrivateDelivery> logger)
{
    /// <summary>Where the card went (the conversation and the activity), or null when it could not be delivered.</summary>
    public async Task<(string ConversationId, string ActivityId)?> SendAsync(TurnContext turn, Workshop workshop, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        if (!turn.IsGroupConversation || workshop.ConversationId == turn.Activity.Conversation?.Id)
        {
            var id = await turn.SendCardAsync(card, cancellationToken);
            return id is null ? null : (turn.Activity.Conversation?.Id ?? string.Empty, id);
        }

        string? sent;
        string personal;
        try
        {
            personal = await connector.CreatePersonalConversationAsync(turn.Activity, turn.PersonId, cancellationToken);
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                ServiceUrl = turn.Activity.ServiceUrl,
                Conversation = new ConversationAccount { Id = personal, TenantId = turn.Activity.TenantId },
                Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
            };
            sent = await connector.SendToConversationAsync(message, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // Most often the app is not installed for the person, so Teams will not open the chat.
            LogNotDelivered(logger, ex, workshop.Id);
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Typed(turn.PersonName), InertText.Run(": what you asked for is private to you, and I could not send it to your 1:1 chat with me. Nothing is shown here.")),
                "Open a 1:1 chat with me (find TeamsEvalBot under Apps in Teams), then type the command there."), cancellationToken);
            return null;
        }

        await turn.SendCardAsync(CardElements.Card([InertText.Paragraph(InertText.Typed(turn.PersonName), InertText.Run(": I sent what you asked for to our 1:1 chat, as it is for you alone."))]), cancellationToken);
        return sent is null ? null : (personal, sent);
    }

    [LoggerMessage(EventId = 2407, Level = LogLevel.Warning, Message = "A private answer about workshop {WorkshopId} could not reach the asker's 1:1 chat")]
    private static partial void LogNotDelivered(ILogger logger, Exception exception, string workshopId);
}
