using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.ScaleOut;

/// <summary>Log events of the state instances share through storage.</summary>
public static partial class ScaleOutLog
{
    [LoggerMessage(EventId = 2801, Level = LogLevel.Warning, Message = "The shared send slots of thread {ThreadId} could not be read or written; this instance keeps its own count for 30 s")]
    public static partial void SendSlotsUnreachable(ILogger logger, Exception exception, string threadId);
}
