using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsEvalBot.TestSupport;

/// <summary>Signs tokens the way the Bot Framework and Entra do, with any field made wrong on purpose.</summary>
public static class TokenFactory
{
    public sealed record Spec
    {
        public string Issuer { get; init; } = LocalIdentityServer.BotFrameworkIssuer;

        public required string Audience { get; init; }

        public string? ServiceUrl { get; init; }

        public SigningKey Key { get; init; } = LocalIdentityServer.TeamsKey;

        public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

        public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

        public DateTime Expires { get; init; } = DateTime.UtcNow.AddMinutes(30);

        public IDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
    }

    public static string Create(Spec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var claims = new Dictionary<string, object>(spec.Claims);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore,
            Expires = spec.Expires,
            IssuedAt = spec.NotBefore,
            Claims = claims,
            SigningCredentials = new SigningCredentials(spec.Key.Security, spec.Algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token with "alg": "none" and no signature.</summary>
    public static string WithAlgNone(string audience, string serviceUrl)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = $"{{\"iss\":\"{LocalIdentityServer.BotFrameworkIssuer}\",\"aud\":\"{audience}\",\"serviceurl\":\"{serviceUrl}\",\"nbf\":{now - 60},\"exp\":{now + 1800}}}";
        return Part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Part(payload) + ".";
    }
}
