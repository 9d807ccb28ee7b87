using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API, called at the serviceUrl of the conversation. Typed client over
/// HttpClientFactory; auth and retries live in the message handlers.
/// </summary>
public sealed class ConnectorClient(HttpClient http)
{
    public async Task<string?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var uri = Url(activity.ServiceUrl, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities");
        return await SendForIdAsync(HttpMethod.Post, uri, activity, cancellationToken);
    }

    /// <summary>Opens (or finds) the bot's 1:1 chat with a member of the activity's tenant; its conversation id.</summary>
    public async Task<string> CreatePersonalConversationAsync(Activity from, string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var tenant = from.TenantId;
        var parameters = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = from.Recipient?.Id },
            ["members"] = new JsonArray(new JsonObject { ["id"] = memberId }),
            ["tenantId"] = tenant,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        };
        using var response = await http.PostAsJsonAsync(Url(from.ServiceUrl, "v3/conversations"), parameters, ProtocolJson.Options, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ProtocolJson.Options, cancellationToken);
        return body?["id"]?.GetValue<string>() is { Length: > 0 } id ? id : throw new ConnectorException(response.StatusCode, "CreateConversation", "Teams answered without a conversation id.");
    }

    public async Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Id ?? throw new ArgumentException("An update needs the activity's Id.", nameof(activity));
        var uri = Url(activity.ServiceUrl, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(id)}");
        await SendForIdAsync(HttpMethod.Put, uri, activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var uri = Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");
        using var response = await http.DeleteAsync(uri, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken);
    }

    public async Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var uri = Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");
        using var response = await http.GetAsync(uri, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<TeamsMember>(ProtocolJson.Options, cancellationToken)
            ?? throw new ConnectorException(response.StatusCode, "EmptyBody", "The member answer was empty.");
    }

    /// <summary>One page of members. Teams clamps the page size to 50–500.</summary>
    public async Task<PagedMembers> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = $"pageSize={pageSize}" + (continuationToken is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        var uri = Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers?{query}");
        using var response = await http.GetAsync(uri, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<PagedMembers>(ProtocolJson.Options, cancellationToken)
            ?? new PagedMembers();
    }

    private async Task<string?> SendForIdAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(activity, options: ProtocolJson.Options) };
        using var response = await http.SendAsync(request, cancellationToken);
        await ConnectorException.ThrowIfFailedAsync(response, cancellationToken);
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ProtocolJson.Options, cancellationToken);
        return body?["id"]?.GetValue<string>();
    }

    private static Uri Url(string? serviceUrl, string path)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            throw new ArgumentException("The activity has no serviceUrl to reply to.", nameof(serviceUrl));
        }

        return new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
    }

    private static string Escape(string? segment) =>
        Uri.EscapeDataString(segment ?? throw new ArgumentException("A conversation or activity id is missing."));
}
