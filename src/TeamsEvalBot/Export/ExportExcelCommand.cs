using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>"export excel [partnership]": the improvement plan as a spreadsheet, as a download link.</summary>
public sealed class ExportExcelCommand(ExportDelivery delivery) : IMessageCommand
{
    public Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(request, ExportKind.Excel, cancellationToken);
}
