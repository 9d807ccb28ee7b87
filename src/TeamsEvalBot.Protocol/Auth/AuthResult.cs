using System.Security.Claims;

namespace TeamsEvalBot.Protocol.Auth;

public sealed record AuthResult(bool Succeeded, string? FailureReason, ClaimsIdentity? Identity)
{
    public static AuthResult Success(ClaimsIdentity identity) => new(true, null, identity);

    public static AuthResult Fail(string reason) => new(false, reason, null);
}
