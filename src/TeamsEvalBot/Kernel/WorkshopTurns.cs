using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>What most workshop commands start with: this conversation's open workshop, and the sender's role.</summary>
public sealed class WorkshopTurns(WorkshopStore store, ILogger<WorkshopTurns> logger)
{
    /// <summary>The open workshop, or null after telling the person how to start one.</summary>
    public async Task<Stored<Workshop>?> OpenWorkshopAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var workshop = await store.GetActiveAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
        if (workshop is null)
        {
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("There is no open workshop in this conversation."),
                $"Start one with: {turn.CommandPrefix}start workshop <partnership name>"), cancellationToken);
        }

        return workshop;
    }

    /// <summary>The open workshop if the sender facilitates it; otherwise a clear refusal and null.</summary>
    public async Task<Stored<Workshop>?> AsFacilitatorAsync(TurnContext turn, string action, CancellationToken cancellationToken)
    {
        var workshop = await OpenWorkshopAsync(turn, cancellationToken);
        if (workshop is null)
        {
            return null;
        }

        if (!workshop.Value.IsFacilitator(turn.PersonId))
        {
            WorkshopLog.Refused(logger, action, turn.PersonId, "not a facilitator");
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text($"Only a facilitator can {action}. Nothing was changed."),
                $"Ask {string.Join(" or ", workshop.Value.Facilitators.Select(f => f.Name))} to do it."), cancellationToken);
            return null;
        }

        return workshop;
    }
}
