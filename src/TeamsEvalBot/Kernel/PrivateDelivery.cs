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
    public async Task SendAsync(TurnContext turn, Workshop workshop, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        if (!turn.IsGroupConversation || workshop.ConversationId == turn.Activity.Conversation?.Id)
        {
            await turn.SendCardAsync(card, cancellationToken);
            return;
        }

        try
        {
            var personal = await connector.CreatePersonalConversationAsync(turn.Activity, turn.PersonId, cancellationToken);
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                ServiceUrl = turn.Activity.ServiceUrl,
                Conversation = new ConversationAccount { Id = personal, TenantId = turn.Activity.TenantId },
                Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
            };
            await connector.SendToConversationAsync(message, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            // Most often the app is not installed for the person, so Teams will not open the chat.
            LogNotDelivered(logger, ex, workshop.Id);
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Typed(turn.PersonName), InertText.Run(": what you asked for is private to you, and I could not send it to your 1:1 chat with me. Nothing is shown here.")),
                "Open a 1:1 chat with me (find TeamsEvalBot under Apps in Teams), then type the command there."), cancellationToken);
            return;
        }

        await turn.SendCardAsync(CardElements.Card([InertText.Paragraph(InertText.Typed(turn.PersonName), InertText.Run(": I sent what you asked for to our 1:1 chat, as it is for you alone."))]), cancellationToken);
    }

    [LoggerMessage(EventId = 2407, Level = LogLevel.Warning, Message = "A private answer about workshop {WorkshopId} could not reach the asker's 1:1 chat")]
    private static partial void LogNotDelivered(ILogger logger, Exception exception, string workshopId);
}
