using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>A bot that a <see cref="WorkshopDriver{TBot}"/> can play a workshop against: in memory or a process over HTTP.</summary>
public interface IBotEndpoint
{
    /// <summary>The far side of Teams, which answers the bot's member look-ups and records what it sends.</summary>
    RecordingConnector Connector { get; }

    /// <summary>The bot's storage, which the driver reads for itself.</summary>
    string StorageConnectionString { get; }

    /// <summary>Posts an activity to the bot's /api/messages as Teams would.</summary>
    Task<HttpResponseMessage> SendAsync(JsonObject activity);
}
