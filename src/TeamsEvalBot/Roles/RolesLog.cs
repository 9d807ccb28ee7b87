using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Roles;

/// <summary>Log events of roles, ending workshops and erasure. People's ids stay out: the erasure audit row holds who asked.</summary>
public static partial class RolesLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: {Change}")]
    public static partial void RoleChanged(ILogger logger, string workshopId, string change);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Workshop {WorkshopId} ended")]
    public static partial void WorkshopEnded(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Erased a person's data: {Ratings} ratings and {HistoryEntries} history entries in {Workshops} workshops; finished: {Finished}")]
    public static partial void PersonErased(ILogger logger, int ratings, int historyEntries, int workshops, bool finished);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Resuming {Count} unfinished erasures at start-up")]
    public static partial void ResumingErasures(ILogger logger, int count);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Finishing an unfinished erasure at start-up failed; whatever is unfinished stays pending until the person's next forget me or the next start")]
    public static partial void ResumeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: its partnership's summaries were shared with one more person")]
    public static partial void SummariesShared(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: sharing stopped for one person (was shared: {WasShared})")]
    public static partial void SummariesUnshared(ILogger logger, string workshopId, bool wasShared);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Information, Message = "Partnership {PartnershipId}: {Change}")]
    public static partial void OwnersChanged(ILogger logger, string partnershipId, string change);
}
