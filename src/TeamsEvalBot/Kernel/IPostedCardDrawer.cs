using System.Text.Json.Nodes;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>Draws a posted card of one kind again, from what is stored now. Each journey draws its own cards.</summary>
public interface IPostedCardDrawer
{
    PostedCardKind Kind { get; }

    /// <summary>The card as it should read now, or null when what it showed is no longer there.</summary>
    Task<JsonObject?> DrawAsync(string workshopId, PostedCard card, CancellationToken cancellationToken);
}
