using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Protocol.Auth;

/// <summary>
/// Checks the bearer token of an inbound activity, following the Bot Framework rules: Bot Framework
/// channel tokens (issuer, audience, endorsements, serviceurl claim) and Entra tokens from the bot's
/// own tenant. There is deliberately no switch to turn this off; local mode is only for loopback.
/// </summary>
public sealed class InboundAuthenticator(SigningKeyCache signingKeys, IOptions<BotOptions> options)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsLocalMode)
        {
            return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? AuthResult.Success(new ClaimsIdentity("LocalMode"))
                : AuthResult.Fail("Local mode accepts requests from loopback addresses only.");
        }

        if (!TryGetBearerToken(authorizationHeader, out var rawToken))
        {
            return AuthResult.Fail("The Authorization header is missing or is not 'Bearer <token>'.");
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            return AuthResult.Fail("The bearer token is not a JWT.");
        }

        if (string.Equals(token.Issuer, bot.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(rawToken, token, activity, bot, cancellationToken);
        }

        if (bot.TenantId is { Length: > 0 } tenant && EntraIssuers(tenant).Contains(token.Issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraTokenAsync(rawToken, token, tenant, bot, cancellationToken);
        }

        return AuthResult.Fail($"The issuer '{token.Issuer}' is not trusted.");
    }

    private async Task<AuthResult> ValidateChannelTokenAsync(string rawToken, JsonWebToken token, Activity activity, BotOptions bot, CancellationToken cancellationToken)
    {
        var keys = await signingKeys.GetAsync(bot.BotFrameworkOpenIdMetadataUrl, KeyIdOf(token), cancellationToken);
        var result = await ValidateAsync(rawToken, keys, [bot.BotFrameworkIssuer], [bot.AppId!]);
        if (!result.Succeeded)
        {
            return result;
        }

        if (!keys.EndorsementsByKeyId.TryGetValue(KeyIdOf(token) ?? string.Empty, out var endorsements)
            || activity.ChannelId is null
            || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthResult.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        var serviceUrlClaim = result.Identity!.FindFirst("serviceurl")?.Value;
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return result;
    }

    private async Task<AuthResult> ValidateEntraTokenAsync(string rawToken, JsonWebToken token, string tenant, BotOptions bot, CancellationToken cancellationToken)
    {
        var metadataUrl = new Uri(bot.EntraAuthority, $"{tenant}/v2.0/.well-known/openid-configuration");
        var keys = await signingKeys.GetAsync(metadataUrl, KeyIdOf(token), cancellationToken);
        var appId = bot.AppId!;
        var result = await ValidateAsync(rawToken, keys, EntraIssuers(tenant), [appId, $"api://{appId}", $"api://botid-{appId}"]);
        if (!result.Succeeded)
        {
            return result;
        }

        // v1 tokens name the calling app in "appid", v2 tokens in "azp".
        var version = result.Identity!.FindFirst("ver")?.Value;
        var caller = version == "1.0" ? result.Identity.FindFirst("appid")?.Value
            : version == "2.0" ? result.Identity.FindFirst("azp")?.Value
            : null;
        return string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase)
            ? result
            : AuthResult.Fail("The Entra token does not name this bot as the calling app.");
    }

    private async Task<AuthResult> ValidateAsync(string rawToken, SigningKeys keys, IEnumerable<string> issuers, IEnumerable<string> audiences)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        };
        var validation = await handler.ValidateTokenAsync(rawToken, parameters);
        return validation.IsValid
            ? AuthResult.Success(validation.ClaimsIdentity)
            : AuthResult.Fail($"The token is not valid: {validation.Exception?.GetType().Name}.");
    }

    private string[] EntraIssuers(string tenant) =>
        [$"https://sts.windows.net/{tenant}/", new Uri(options.Value.EntraAuthority, $"{tenant}/v2.0").ToString()];

    private static string? KeyIdOf(JsonWebToken token) => string.IsNullOrEmpty(token.Kid) ? null : token.Kid;

    private static bool TryGetBearerToken(string? header, out string token)
    {
        token = string.Empty;
        var parts = header?.Split(' ') ?? [];
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
