using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>"export word [partnership]": the evaluation in the MSG template's Word layout, as a download link.</summary>
public sealed class ExportWordCommand(ExportDelivery delivery) : IMessageCommand
{
    public string Verb => ExportKind.Word.Verb;

    public Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(turn, ExportKind.Word, arguments, cancellationToken);
}
