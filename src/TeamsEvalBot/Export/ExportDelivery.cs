using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Downloads;

namespace TeamsEvalBot.Export;

/// <summary>
/// What both export commands do: find the workshop as "summary" does, check the reader as
/// "summary" does, build the document, and reply with a link made for that reader.
/// </summary>
public sealed class ExportDelivery(AskedWorkshop asked, SummaryReaders readers, ExportLoader loader, DownloadLinks links, PrivateDelivery delivery, ILogger<ExportDelivery> logger)
{
    public async Task DeliverAsync(CommandRequest request, ExportKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(kind);
        var turn = request.Turn;
        var partnership = request.Arguments.Trim();
        var workshop = await asked.FindAsync(turn, partnership.Length == 0 ? null : partnership, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        // Checked before anything is built or stored: a refused reader leaves no link behind.
        if (!await readers.MayReadAsync(workshop, Reader.Of(turn), cancellationToken))
        {
            ExportLog.Refused(logger, request.Verb, workshop.Id, turn.PersonId);
            await turn.SendCardAsync(SummaryReplies.NotAllowed(workshop.Partnership, turn.CommandPrefix), cancellationToken);
            return;
        }

        // Alpha is for the facilitators' report, as on the summary card: anyone else's export leaves it out.
        var content = await loader.LoadAsync(workshop, withAgreement: WorkshopRoles.MayFacilitate(workshop, turn.PersonId), cancellationToken);
        var document = kind.Build(content);
        if (document.Length > DownloadStore.MaxBytes)
        {
            ExportLog.TooLarge(logger, request.Verb, workshop.Id, document.Length);
            await turn.SendCardAsync(ExportReplies.TooLarge(kind.DocumentName), cancellationToken);
            return;
        }

        var link = await links.CreateAsync(kind.FileName(workshop, content.Today), kind.ContentType, document, turn.PersonId, workshop.Id, cancellationToken);
        ExportLog.Made(logger, request.Verb, workshop.Id, document.Length, turn.PersonId);
        await delivery.SendAsync(turn, workshop, ExportReplies.Ready(kind.DocumentName, link), cancellationToken);
    }
}
