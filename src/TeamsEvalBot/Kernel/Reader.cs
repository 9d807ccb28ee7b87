namespace TeamsEvalBot.Kernel;

/// <summary>
/// Who asks to read: the Teams id (29:…), the Entra object id that configuration names when Teams
/// sends it, and the tenant the request came from: a workshop is read only from its own tenant.
/// </summary>
public sealed record Reader(string Id, string? AadObjectId, string TenantId = "")
{
    public static Reader Of(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var aadObjectId = turn.Activity.From?.AadObjectId;
        return new Reader(turn.PersonId, string.IsNullOrWhiteSpace(aadObjectId) ? null : aadObjectId, turn.Activity.TenantId ?? string.Empty);
    }
}
