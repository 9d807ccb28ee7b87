using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Downloads;

namespace TeamsEvalBot.Export;

public static class DownloadEndpoint
{
    /// <summary>
    /// GET /downloads/{token}: the document, as an attachment, until the link expires. Anonymous:
    /// a browser opening the link has no bot token, and the token itself is the secret.
    /// </summary>
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/downloads/{token}", ServeAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string token, HttpContext http, DownloadStore store, TimeProvider clock, ILoggerFactory loggers)
    {
        if (!DownloadToken.IsWellFormed(token) || await store.GetAsync(token, http.RequestAborted) is not { } download)
        {
            return Results.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(DownloadEndpoint).FullName!);
        if (download.HasExpired(clock.GetUtcNow()))
        {
            // Expired documents go as soon as someone tries them; nothing else needs them.
            await store.DeleteAsync(token, http.RequestAborted);
            ExportLog.Expired(logger, download.MadeFor);
            return Results.NotFound();
        }

        ExportLog.Served(logger, download.FileName, download.MadeFor);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(download.Content, download.ContentType, download.FileName);
    }
}
