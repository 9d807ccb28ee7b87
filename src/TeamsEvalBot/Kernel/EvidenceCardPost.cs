using System.Text.Json.Nodes;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>Posts a card that quotes a round's evidence, and records where it went, so that "forget me" can redraw it.</summary>
public sealed class EvidenceCardPost(PostedCardStore posted)
{
    public async Task SendAsync(TurnContext turn, JsonObject card, string workshopId, string proposalId, int round, PostedCardKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // Recorded after it is sent, as a shared card is: a crash between the two leaves one card unrecorded.
        if (await turn.SendCardAsync(card, cancellationToken) is { } activityId)
        {
            await posted.RecordAsync(workshopId, new PostedCard(proposalId, round, kind, turn.Activity.ServiceUrl ?? string.Empty, turn.Activity.Conversation?.Id ?? string.Empty, activityId), cancellationToken);
        }
    }
}
