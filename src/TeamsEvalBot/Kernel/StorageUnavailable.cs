using Azure;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Tells a storage outage from a bug, and logs it. An outage is the service not answering or
/// answering that it is unwell; a 404, 409 or 412 the code did not expect is a bug and stays a 500.
/// </summary>
public static partial class StorageUnavailable
{
    public static bool IsOutage(Exception exception) => exception switch
    {
        // Status 0: no answer at all (connection refused or reset); 408 and 5xx: the service is unwell.
        RequestFailedException failed => failed.Status is 0 or 408 or >= 500,

        // The SDK's retry policy gathers each try's failure; a network timeout is a cancellation in it.
        AggregateException all => all.InnerExceptions.Count > 0
            && all.InnerExceptions.All(e => e is OperationCanceledException || IsOutage(e)),
        _ => false,
    };

    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "Card action {Verb} answered with the storage-unavailable card after {ElapsedMs} ms")]
    public static partial void CardActionAnswered(ILogger logger, Exception exception, string verb, long elapsedMs);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Warning, Message = "Command {Verb} stopped after {ElapsedMs} ms: storage unavailable; the error message goes through the connector")]
    public static partial void CommandStopped(ILogger logger, Exception exception, string verb, long elapsedMs);
}
