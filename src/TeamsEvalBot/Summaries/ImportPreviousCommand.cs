using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>"import previous &lt;partnership&gt; &lt;date&gt;": opens the card to record the levels a partnership agreed on paper before using the bot.</summary>
public sealed class ImportPreviousCommand(ImportAuthority authority, FrameworkCatalogue frameworks, ILogger<ImportPreviousCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        if (ImportArguments.Parse(arguments) is not { } parsed || parsed.Partnership.Length > PartnershipName.MaxLength)
        {
            await turn.SendCardAsync(
                ErrorCard.Build(
                    CardElements.Text("I need the partnership's name and the date of its previous self-evaluation."),
                    $"Type both, for example: {turn.CommandPrefix}import previous {SummaryReplies.Example} March 2019 (or 14/03/2019, or 2019-03-14)"),
                cancellationToken);
            return;
        }

        if ((await authority.CheckAsync(turn, parsed.Partnership, parsed.Date, cancellationToken)).Refusal is { } refusal)
        {
            ProgressLog.ImportRefused(logger, turn.PersonId, refusal);
            await turn.SendCardAsync(ErrorCard.Build(CardElements.Text("Nothing was imported."), refusal), cancellationToken);
            return;
        }

        await turn.SendCardAsync(ImportPreviousCard.Build(frameworks.Default, parsed.Partnership, parsed.Date, Guid.NewGuid().ToString("N")), cancellationToken);
    }
}
