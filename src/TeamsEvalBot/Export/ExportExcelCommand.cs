using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>"export excel [partnership]": the improvement plan as a spreadsheet, as a download link.</summary>
public sealed class ExportExcelCommand(ExportDelivery delivery) : IMessageCommand
{
    public string Verb => ExportKind.Excel.Verb;

    public Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(turn, ExportKind.Excel, arguments, cancellationToken);
}
