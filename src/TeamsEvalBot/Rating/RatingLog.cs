namespace TeamsEvalBot.Rating;

/// <summary>Log events of the rating journey: workshops started (or finished after an interruption) and ratings stored.</summary>
public static partial class RatingLog
{
    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Workshop {WorkshopId} started for {MemberCount} members")]
    public static partial void Started(ILogger logger, string workshopId, int memberCount);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Rating stored: workshop {WorkshopId}, proposal {ProposalId}, round {Round}")]
    public static partial void Rated(ILogger logger, string workshopId, string proposalId, int round);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: a start that storage cut short was finished by the next start")]
    public static partial void InterruptedStartFinished(ILogger logger, string workshopId);
}
