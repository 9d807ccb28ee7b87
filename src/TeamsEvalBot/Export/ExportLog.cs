using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>Log events of exports and their download links. Tokens stay out: a logged token would be a working link.</summary>
public static partial class ExportLog
{
    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "Refused {Action} of workshop {WorkshopId} to {PersonId}: not a reader")]
    public static partial void Refused(ILogger logger, string action, string workshopId, string? personId);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Information, Message = "{Action} of workshop {WorkshopId}: a {Bytes}-byte document, linked for {PersonId}")]
    public static partial void Made(ILogger logger, string action, string workshopId, int bytes, string personId);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Information, Message = "Download {FileName}, made for {PersonId}, served")]
    public static partial void Served(ILogger logger, string fileName, string personId);

    [LoggerMessage(EventId = 2504, Level = LogLevel.Information, Message = "An expired download link, made for {PersonId}, was tried; its document is deleted")]
    public static partial void Expired(ILogger logger, string personId);

    [LoggerMessage(EventId = 2505, Level = LogLevel.Warning, Message = "{Action} of workshop {WorkshopId}: the document is {Bytes} bytes, over the download limit")]
    public static partial void TooLarge(ILogger logger, string action, string workshopId, int bytes);

    [LoggerMessage(EventId = 2506, Level = LogLevel.Information, Message = "Purged {Count} expired downloads whose links were never tried")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 2507, Level = LogLevel.Warning, Message = "Purging expired downloads failed; the next purge tries again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
