namespace TeamsEvalBot.Storage.Downloads;

/// <summary>An exported document waiting to be fetched through its link, for whom it was made, and of which workshop.</summary>
public sealed record Download(string FileName, string ContentType, byte[] Content, string MadeFor, string WorkshopId, DateTimeOffset ExpiresAt)
{
    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}
