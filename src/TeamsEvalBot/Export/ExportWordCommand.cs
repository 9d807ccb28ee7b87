using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>"export word [partnership]": the evaluation in the MSG template's Word layout, as a download link.</summary>
public sealed class ExportWordCommand(ExportDelivery delivery) : IMessageCommand
{
    public Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(request, ExportKind.Word, cancellationToken);
}
