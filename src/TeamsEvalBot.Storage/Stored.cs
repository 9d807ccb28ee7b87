using Azure;

namespace TeamsEvalBot.Storage;

/// <summary>A value as read from storage, with the ETag a conditional write must quote.</summary>
public sealed record Stored<T>(T Value, ETag ETag);

/// <summary>Someone else changed the entity since it was read; nothing was written.</summary>
public sealed class ConcurrentChangeException : Exception
{
    public ConcurrentChangeException()
    {
    }

    public ConcurrentChangeException(string message)
        : base(message)
    {
    }

    public ConcurrentChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
