namespace TeamsEvalBot.Kernel;

/// <summary>A typed command. <see cref="Verb"/> is matched against the start of the message, whole words only.</summary>
public interface IMessageCommand
{
    string Verb { get; }

    Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken);
}
