using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// What facilitators' commands and buttons start with: this conversation's open workshop, and
/// whether the sender facilitates it. A refusal is one card, which names the facilitators and
/// nothing else of the workshop.
/// </summary>
public sealed class FacilitatorGuard(WorkshopStore store, ILogger<FacilitatorGuard> logger)
{
    /// <summary>The open workshop, or null after telling the person how to start one.</summary>
    public async Task<Stored<Workshop>?> OpenWorkshopAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var workshop = await store.GetActiveAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
        if (workshop is null)
        {
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("There is no open workshop in this conversation."),
                $"Start one with: {turn.CommandPrefix}start workshop <partnership name>"), cancellationToken);
        }

        return workshop;
    }

    /// <summary>The open workshop if the sender facilitates it; otherwise null after sending the refusal.</summary>
    public async Task<Stored<Workshop>?> AsFacilitatorAsync(TurnContext turn, string action, CancellationToken cancellationToken)
    {
        var workshop = await OpenWorkshopAsync(turn, cancellationToken);
        if (workshop is not null && Refusal(turn, workshop.Value, action) is { } refusal)
        {
            await turn.SendCardAsync(refusal, cancellationToken);
            return null;
        }

        return workshop;
    }

    /// <summary>Null when the sender facilitates the workshop; otherwise the refusal card, logged.</summary>
    public JsonObject? Refusal(TurnContext turn, Workshop workshop, string action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        if (WorkshopRoles.MayFacilitate(workshop, turn.PersonId))
        {
            return null;
        }

        WorkshopLog.Refused(logger, action, turn.PersonId, "not a facilitator");
        return ErrorCard.Build(
            CardElements.Text($"Only a facilitator can {action}. Nothing was changed."),
            $"Ask {string.Join(" or ", workshop.Facilitators.Select(f => f.Name))} to do it.");
    }
}
