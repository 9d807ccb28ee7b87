using Microsoft.IdentityModel.Tokens;

namespace TeamsEvalBot.Protocol.Auth;

/// <summary>One fetch of an OpenID issuer's metadata: its keys, and each key's endorsements (channel ids).</summary>
public sealed record SigningKeys(
    string? Issuer,
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EndorsementsByKeyId,
    DateTimeOffset FetchedAt)
{
    public bool HasKey(string? keyId) => keyId is not null && Keys.Any(k => k.KeyId == keyId);
}
