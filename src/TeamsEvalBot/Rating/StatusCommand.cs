using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>"status": progress across the workshop, for anyone in the conversation.</summary>
public sealed class StatusCommand(FacilitatorGuard guard, WorkshopStore store, FrameworkCatalogue frameworks) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.OpenWorkshopAsync(turn, cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var posted = new List<(TeamsEvalBot.Domain.Workshops.ProposalProgress, int)>();
        foreach (var progress in await store.GetAllProgressAsync(workshop.Id, cancellationToken))
        {
            var ratings = await store.GetRatingsAsync(workshop.Id, progress.ProposalId, progress.Round, cancellationToken);
            posted.Add((progress, ratings.Count));
        }

        await turn.SendCardAsync(StatusCard.Build(workshop, frameworks.For(workshop), posted), cancellationToken);
    }
}
