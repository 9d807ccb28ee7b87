using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>Log events of summaries and the agreed-position search. What people typed stays out; who was refused is kept, for audit.</summary>
public static partial class SummaryLog
{
    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Refused {Action} of workshop {WorkshopId} to {PersonId}: not a reader")]
    public static partial void Refused(ILogger logger, string action, string workshopId, string? personId);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Summary of workshop {WorkshopId} shown ({Scope})")]
    public static partial void Shown(ILogger logger, string workshopId, string scope);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Information, Message = "Agreed-position search answered with {Results} results from {WorkshopsRead} workshops read in {ElapsedMilliseconds} ms")]
    public static partial void Searched(ILogger logger, int results, int workshopsRead, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2405, Level = LogLevel.Information, Message = "Refused a messaging-extension query: {Reason}")]
    public static partial void SearchRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2406, Level = LogLevel.Warning, Message = "Agreed-position search stopped early after {WorkshopsRead} workshops, to answer inside Teams' time limit")]
    public static partial void SearchStoppedEarly(ILogger logger, int workshopsRead);
}
