using Azure;
using Azure.Data.Tables;

namespace TeamsEvalBot.Storage;

/// <summary>What the bot remembers about a conversation it has been added to.</summary>
public sealed class ConversationStore(TableStore store)
{
    /// <summary>
    /// Records that the conversation was greeted. True the first time only, across instances:
    /// Teams can announce one install twice (conversationUpdate and installationUpdate).
    /// </summary>
    public async Task<bool> TryMarkGreetedAsync(string conversationId, string serviceUrl, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(KeyEncoding.Encode(conversationId), "greeting")
        {
            ["ServiceUrl"] = serviceUrl,
        };
        try
        {
            await store.Table(Tables.Conversations).AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
