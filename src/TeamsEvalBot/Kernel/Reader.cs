
namespace TeamsEvalBot.Kernel;

/// <summary>Who asks to read: the Teams id (29:…) and, when Teams sends it, the Entra object id that configuration names.</summary>
public sealed record Reader(string Id, string? AadObjectId)
{
    public static Reader Of(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var aadObjectId = turn.Activity.From?.AadObjectId;
        return new Reader(turn.PersonId, string.IsNullOrWhiteSpace(aadObjectId) ? null : aadObjectId);
    }
}
