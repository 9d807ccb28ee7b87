using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// Who may import a previous round: when this conversation has an open workshop, only its
/// facilitators, and only for its partnership; otherwise whoever starts it, who becomes the
/// imported workshop's facilitator (as "start workshop" makes its starter one).
/// </summary>
public sealed class ImportAuthority(WorkshopStore store)
{
    /// <returns>Null when allowed, else why not, in words for the person.</returns>
    public async Task<string?> RefusalAsync(TurnContext turn, string partnership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await store.GetActiveAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken) is not { } open)
        {
            return null;
        }

        if (!WorkshopRoles.MayFacilitate(open.Value, turn.PersonId))
        {
            var (whatHappened, whatToDo) = FacilitatorGuard.RefusalText(open.Value, "import this workshop's previous round");
            return $"{whatHappened} {whatToDo}";
        }

        return PartnershipName.Key(open.Value.Partnership) == PartnershipName.Key(partnership)
            ? null
            : "This chat's workshop is for another partnership. Import that partnership's previous round in its own chat, or in a 1:1 chat with me.";
    }
}
