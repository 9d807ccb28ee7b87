namespace TeamsEvalBot.Kernel;

/// <summary>A typed command. The route table says which words start it.</summary>
public interface IMessageCommand
{
    Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}
