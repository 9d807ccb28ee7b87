using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// What partnership-level commands start with: the partnership of this conversation's workshop,
/// and whether the sender may act for it (its owners, or also the facilitators they appointed).
/// A refusal names the owners and nothing else of the partnership.
/// </summary>
public sealed class StewardGuard(FacilitatorGuard workshops, PartnershipRegistry registry, ILogger<StewardGuard> logger)
{
    /// <summary>The workshop and its partnership, or null after sending the refusal.</summary>
    public async Task<(Workshop Workshop, Partnership Partnership)?> ForConversationAsync(TurnContext turn, string action, bool ownersOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var stored = await workshops.OpenWorkshopAsync(turn, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var partnership = await registry.GetAsync(stored.Value.TenantId, stored.Value.PartnershipId, cancellationToken);
        var refusal = partnership is null
            ? ErrorCard.Build(CardElements.Text("This workshop's partnership is no longer registered, so nothing was changed."), "Ask your Teams administrator to register it again.")
            : Refusal(turn, partnership, action, ownersOnly);
        if (refusal is not null)
        {
            await turn.SendCardAsync(refusal, cancellationToken);
            return null;
        }

        return (stored.Value, partnership!);
    }

    /// <summary>Null when the sender may act for the partnership; otherwise the refusal card, logged.</summary>
    public System.Text.Json.Nodes.JsonObject? Refusal(TurnContext turn, Partnership partnership, string action, bool ownersOnly)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(partnership);
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (ownersOnly ? partnership.IsOwner(turn.PersonId, aadObjectId) : partnership.MayRun(turn.PersonId, aadObjectId))
        {
            return null;
        }

        WorkshopLog.Refused(logger, action, turn.PersonId, ownersOnly ? "not an owner" : "not an owner or appointed facilitator");
        var who = ownersOnly ? "its owners" : "its owners and the facilitators they appoint";
        return ErrorCard.Build(
            InertText.Paragraph(InertText.Run($"Only {who} can {action} for "), InertText.Typed(partnership.Name), InertText.Run(". Nothing was changed.")),
            $"Ask an owner ({PartnershipWords.Owners(partnership)}).");
    }
}
