namespace TeamsEvalBot.Storage.Downloads;

/// <summary>An exported document waiting to be fetched through its link, and for whom it was made.</summary>
public sealed record Download(string FileName, string ContentType, byte[] Content, string MadeFor, DateTimeOffset ExpiresAt)
{
    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}
