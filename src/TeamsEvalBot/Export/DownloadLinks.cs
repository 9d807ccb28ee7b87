using Microsoft.Extensions.Options;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Storage.Downloads;

namespace TeamsEvalBot.Export;

/// <summary>Makes short-lived download links: the document is stored under a new token, and the link holds the token.</summary>
public sealed class DownloadLinks(DownloadStore store, IOptionsMonitor<DownloadOptions> options, IOptions<BotOptions> bot, TimeProvider clock)
{
    /// <summary>Long enough to click the link, short enough that a forwarded link soon stops working.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<Uri> CreateAsync(string fileName, string contentType, byte[] content, string madeFor, string workshopId, CancellationToken cancellationToken)
    {
        var baseUrl = options.CurrentValue.BaseUrlFor(bot.Value);
        var token = DownloadToken.New();
        await store.AddAsync(token, new Download(fileName, contentType, content, madeFor, workshopId, clock.GetUtcNow() + Lifetime), cancellationToken);
        return new Uri(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), $"downloads/{token}");
    }
}
