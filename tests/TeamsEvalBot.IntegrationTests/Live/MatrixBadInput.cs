namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>One kind of bad input: how it is sent, the answer the protocol calls for, and the warning the bot logs for it (if it logs at Warning).</summary>
public sealed record MatrixBadInput(Func<MatrixWorkshop, Task<MatrixAnswer>> Send, Action<MatrixAnswer> Expected, int? Warning = null)
{
    // Theory rows are named by their kind; this keeps the display short.
    public override string ToString() => Warning is { } id ? $"warning {id}" : "card";
}
