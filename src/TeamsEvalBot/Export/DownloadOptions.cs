using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;

namespace TeamsEvalBot.Export;

/// <summary>Where download links point. Bound from "Downloads". A bot turn has no request of the user's to take a host from, so it is configured.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>The local bot's address, as the Agents Playground calls it.</summary>
    public static readonly Uri LocalBaseUrl = new("http://127.0.0.1:3978");

    /// <summary>The bot's public address, such as https://teamsevalbot.azurewebsites.net. Required outside local mode.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// How often expired documents are deleted when nobody tried their link again: a document outlives
    /// its link by at most this, and the table scan a purge costs stays rare.
    /// </summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(15);

    public Uri BaseUrlFor(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return BaseUrl
            ?? (bot.IsLocalMode ? LocalBaseUrl : throw new InvalidOperationException("Downloads:BaseUrl is required when the bot runs with Bot:AppId: the bot's public https address."));
    }
}
