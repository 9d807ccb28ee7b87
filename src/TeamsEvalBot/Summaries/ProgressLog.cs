using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>Log events of progress across workshops: compare, overview and importing a paper round.</summary>
public static partial class ProgressLog
{
    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Workshop {WorkshopId} compared with its partnership's previous workshop")]
    public static partial void Compared(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Overview shown over {Partnerships} partnerships ({PartnershipsRead} read)")]
    public static partial void Overview(ILogger logger, int partnerships, int partnershipsRead);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: a previous self-evaluation was imported with {Agreed} agreed positions")]
    public static partial void Imported(ILogger logger, string workshopId, int agreed);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Refused importing a previous self-evaluation to {PersonId}: {Reason}")]
    public static partial void ImportRefused(ILogger logger, string? personId, string reason);
}
