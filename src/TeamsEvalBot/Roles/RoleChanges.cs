using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>What the role commands share: the person named, the conditional save, and the replies.</summary>
public sealed class RoleChanges(WorkshopStore store, SharedCardRefresher cards, ILogger<RoleChanges> logger)
{
    /// <summary>The one person @mentioned, or null after saying how to name them.</summary>
    public async Task<Person?> MentionedPersonAsync(TurnContext turn, string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MentionedPerson.Of(turn) is { } person)
        {
            return person;
        }

        await RefuseAsync(
            turn,
            verb,
            "not one person mentioned",
            CardElements.Text("I need one person, @mentioned in the message. Nothing was changed."),
            $"Type {turn.CommandPrefix}{verb}, then @mention the person. Name one person at a time.",
            cancellationToken);
        return null;
    }

    /// <summary>
    /// Saves the new roles if nobody changed the workshop since it was read; otherwise says so and
    /// saves nothing, so no one's change is lost.
    /// </summary>
    public async Task<bool> SaveAsync(TurnContext turn, Stored<Workshop> read, Workshop changed, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(changed);
        if (!await ConcurrentChanges.SavedAsync(() => store.UpdateRolesAsync(read, changed, cancellationToken), logger, changed.Id))
        {
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("Someone changed this workshop at the same moment, so nothing was changed."),
                "Type the command again."), cancellationToken);
            return false;
        }

        RolesLog.RoleChanged(logger, changed.Id, change);
        if (changed.RaterCount != read.Value.RaterCount)
        {
            // Each posted card says "N of M have rated", and observers are not among the M.
            foreach (var progress in await store.GetAllProgressAsync(changed.Id, cancellationToken))
            {
                cards.MarkChanged(changed.Id, progress.ProposalId);
            }
        }

        return true;
    }

    public async Task RefuseAsync(TurnContext turn, string verb, string reason, JsonNode whatHappened, string whatToDo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        WorkshopLog.Refused(logger, verb, turn.PersonId, reason);
        await turn.SendCardAsync(ErrorCard.Build(whatHappened, whatToDo), cancellationToken);
    }

    /// <summary>A plain answer: a role given, or nothing to change.</summary>
    public static async Task TellAsync(TurnContext turn, JsonNode text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendCardAsync(CardElements.Card([text]), cancellationToken);
    }

    /// <summary>A sentence about a person; their name is shown as typed, never as markdown.</summary>
    public static JsonObject About(Person person, string rest)
    {
        ArgumentNullException.ThrowIfNull(person);
        return InertText.Paragraph(InertText.Typed(person.Name), InertText.Run(rest));
    }
}
