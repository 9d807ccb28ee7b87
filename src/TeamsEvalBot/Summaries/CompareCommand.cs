using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>"compare [partnership]": the partnership's two most recent workshops side by side, for those who may read its summaries.</summary>
public sealed class CompareCommand(AskedWorkshop asked, SummaryReaders readers, SummaryLoader loader, PrivateDelivery delivery, ILogger<CompareCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var partnership = arguments?.Trim();
        var workshop = await asked.FindAsync(turn, string.IsNullOrEmpty(partnership) ? null : partnership, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        if (!await readers.MayReadAsync(workshop, Reader.Of(turn), cancellationToken))
        {
            SummaryLog.Refused(logger, request.Verb, workshop.Id, turn.PersonId);
            await turn.SendCardAsync(SummaryReplies.NotAllowed(workshop.Partnership, turn.CommandPrefix), cancellationToken);
            return;
        }

        var comparison = await loader.ComparisonAsync(workshop, cancellationToken);
        if (comparison is null)
        {
            await turn.SendCardAsync(SummaryReplies.OnlyOneWorkshop(workshop.Partnership, turn.CommandPrefix), cancellationToken);
            return;
        }

        ProgressLog.Compared(logger, workshop.Id);
        await delivery.SendAsync(turn, workshop, CompareCard.Build(workshop.Partnership, comparison), cancellationToken);
    }
}
