using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>Answers one kind of invoke, by its name (such as adaptiveCard/action).</summary>
public interface IInvokeHandler
{
    string InvokeName { get; }

    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
