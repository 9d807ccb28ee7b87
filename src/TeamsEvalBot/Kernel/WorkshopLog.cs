namespace TeamsEvalBot.Kernel;

/// <summary>Log events every journey shares. A refused input is logged without the person's text.</summary>
public static partial class WorkshopLog
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Refused {Action} by {PersonId}: {Reason}")]
    public static partial void Refused(ILogger logger, string action, string? personId, string reason);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Updating the shared card of {ProposalId} in workshop {WorkshopId} failed")]
    public static partial void CardUpdateFailed(ILogger logger, Exception exception, string workshopId, string proposalId);

    [LoggerMessage(EventId = 2208, Level = LogLevel.Information, Message = "The shared card of {ProposalId} in workshop {WorkshopId} is gone (Teams answered 403 or 404); it is no longer updated")]
    public static partial void CardGone(ILogger logger, string workshopId, string proposalId);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information, Message = "A concurrent change to workshop {WorkshopId} was refused")]
    public static partial void ConcurrentChange(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "A card of {ProposalId} in workshop {WorkshopId} that showed erased ratings could not be redrawn")]
    public static partial void ErasedCardOutOfReach(ILogger logger, Exception exception, string workshopId, string proposalId);
}
