using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Kernel;

/// <summary>Answers one kind of invoke; the route table names it (such as adaptiveCard/action).</summary>
public interface IInvokeHandler
{
    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
