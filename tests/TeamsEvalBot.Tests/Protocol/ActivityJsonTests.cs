using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Tests.Protocol;

public sealed class ActivityJsonTests
{
    [Fact]
    public void UnknownFields_SurviveARoundTrip()
    {
        const string json = """
            {"type":"message","id":"1","futureField":{"a":[1,2]},"from":{"id":"29:x","futureAccountField":"y"},
             "conversation":{"id":"a:1","tenantId":"t","futureConversationField":true},"text":"hi"}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var back = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), back), back.ToJsonString());
    }

    [Fact]
    public void TenantId_ComesFromTheConversationOrElseChannelData()
    {
        var fromChannelData = JsonSerializer.Deserialize<Activity>("""{"type":"message","channelData":{"tenant":{"id":"tenant-b"}}}""", ProtocolJson.Options)!;
        var fromConversation = JsonSerializer.Deserialize<Activity>("""{"type":"message","conversation":{"id":"c","tenantId":"tenant-a"},"channelData":{"tenant":{"id":"tenant-b"}}}""", ProtocolJson.Options)!;

        Assert.Equal("tenant-b", fromChannelData.TenantId);
        Assert.Equal("tenant-a", fromConversation.TenantId);
    }

    [Fact]
    public void CreateReply_AddressesTheSenderFromTheBot()
    {
        var incoming = new Activity
        {
            Id = "m1",
            Type = "message",
            From = new ChannelAccount { Id = "29:alex" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:1" },
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
        };

        var reply = incoming.CreateReply("hi");

        Assert.Equal(("28:bot", "29:alex", "a:1", "m1"), (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId));
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
    }
}
