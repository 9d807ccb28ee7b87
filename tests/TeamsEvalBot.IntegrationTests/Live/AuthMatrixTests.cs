using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// Inbound tokens against the bot process's real HTTP endpoint. The activity is an install in a new
/// chat, which the bot would greet and record: a refused token gets 401, a warning (2003), no greeting
/// and no stored row; a valid one is greeted and recorded, unless its activity is from a channel
/// other than Teams (403, a warning 2006, nothing stored).
/// </summary>
[Collection(LiveBotCollection.Name)]
public sealed class AuthMatrixTests(LiveBotFixture fixture)
{
    private const string AppId = LiveBot.AppId;
    private const string AnotherBot = "9b9e1a52-0000-4000-8000-000000000000";

    public static TheoryData<string, Func<LiveBot, string?>> Refused => new()
    {
        { "no Authorization header", _ => null },
        { "an empty header", _ => string.Empty },
        { "not Bearer", _ => "Basic dXNlcjpwYXNz" },
        { "Bearer with no token", _ => "Bearer" },
        { "Bearer with an empty token", _ => "Bearer " },
        { "a token in three parts", bot => $"Bearer {bot.ChannelToken()} extra" },
        { "garbage", _ => "Bearer not-a-jwt" },
        { "alg none", bot => Bearer(TokenFactory.WithAlgNone(AppId, bot.ServiceUrl)) },
        { "HS256 signed with a shared secret", Hs256 },
        { "RSA-PSS, outside RS256/384/512", bot => Channel(bot, s => s with { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }) },
        { "a tampered payload", bot => Bearer(Tampered(bot.ChannelToken())) },
        { "wrong audience (the connector's)", bot => Channel(bot, s => s with { Audience = "https://api.botframework.com" }) },
        { "a token for another bot", bot => Channel(bot, s => s with { Audience = AnotherBot }) },
        { "wrong issuer", bot => Channel(bot, s => s with { Issuer = "https://api.botframework.evil" }) },
        { "expired beyond the 5-minute skew", bot => Channel(bot, s => s with { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-6) }) },
        { "not valid until beyond the skew", bot => Channel(bot, s => s with { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) }) },
        { "an unknown kid (unpublished key)", bot => Channel(bot, s => s with { Key = LocalIdentityServer.UnpublishedKey }) },
        { "a key endorsed for another channel", bot => Channel(bot, s => s with { Key = LocalIdentityServer.OtherChannelKey }) },
        { "a channel token signed with the Entra key", bot => Channel(bot, s => s with { Key = LocalIdentityServer.EntraKey }) },
        { "serviceurl claim missing", bot => Channel(bot, s => s with { ServiceUrl = null }) },
        { "serviceurl claim for another host", bot => Channel(bot, s => s with { ServiceUrl = "https://smba.evil.example/emea/" }) },
        { "Entra token from another tenant", bot => Entra(bot, "2.0", "azp", AppId, tenant: "0a1b2c3d-0000-4000-8000-00000000beef") },
        { "Entra token from another calling app", bot => Entra(bot, "2.0", "azp", "11111111-2222-4333-8444-555555555555") },
        { "Entra token without a ver claim", bot => Entra(bot, null, "azp", AppId) },
        { "Entra token without an app claim", bot => Entra(bot, "2.0", "oid", AppId) },
        { "Entra token for another bot", bot => Entra(bot, "2.0", "azp", AppId, audience: AnotherBot) },
        { "Entra token expired beyond the skew", bot => Entra(bot, "2.0", "azp", AppId, expires: DateTime.UtcNow.AddMinutes(-6)) },
    };

    public static TheoryData<string, Func<LiveBot, string>> Valid => new()
    {
        { "RS256 channel token", bot => Channel(bot, s => s) },
        { "RS512 channel token", bot => Channel(bot, s => s with { Algorithm = SecurityAlgorithms.RsaSha512 }) },
        { "expired, but inside the 5-minute skew", bot => Channel(bot, s => s with { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-4) }) },
        { "not yet valid, but inside the skew", bot => Channel(bot, s => s with { NotBefore = DateTime.UtcNow.AddMinutes(4) }) },
        { "serviceurl claim in another case", bot => Channel(bot, s => s with { ServiceUrl = bot.ServiceUrl.ToUpperInvariant() }) },
        { "Entra token of the bot's tenant, ver 1.0 with appid", bot => Entra(bot, "1.0", "appid", AppId) },
        { "Entra token of the bot's tenant, ver 2.0 with azp", bot => Entra(bot, "2.0", "azp", AppId) },
    };

    /// <summary>Tokens that pass every check, on activities from a channel other than Teams: an Azure Bot always has Web Chat too.</summary>
    public static TheoryData<string, string?, Func<LiveBot, string>> OtherChannels => new()
    {
        { "Web Chat, signed with a key endorsed for webchat", "webchat", bot => Channel(bot, s => s with { Key = LocalIdentityServer.OtherChannelKey }) },
        { "Web Chat, with an Entra token of the bot's tenant", "webchat", bot => Entra(bot, "2.0", "azp", AppId) },
        { "no channel, with a Teams channel token", null, bot => Channel(bot, s => s) },
        { "no channel, with an Entra token of the bot's tenant", null, bot => Entra(bot, "1.0", "appid", AppId) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ForgedOrInvalidToken_Gets401_StoresNothing_AndSendsNothing(string why, Func<LiveBot, string?> authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var bot = fixture.Bot;
        var log = MatrixLog.Mark(bot, 2003);
        var before = await WorkshopDriver.SnapshotAsync(bot.Azurite);

        var answer = await MatrixAnswer.RecordAsync(bot, () => bot.SendAsync(Install(), authorization(bot)));

        MatrixExpect.Refused(HttpStatusCode.Unauthorized)(answer);
        Assert.Equal(before, await WorkshopDriver.SnapshotAsync(bot.Azurite));
        await log.AssertWarnedAsync(2003, why);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task ValidToken_IsAnswered_AndTheActivityHandled(string why, Func<LiveBot, string> token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bot = fixture.Bot;
        var install = Install();
        var before = await WorkshopDriver.SnapshotAsync(bot.Azurite);

        var answer = await MatrixAnswer.RecordAsync(bot, () => bot.SendAsync(install, token(bot)));

        Assert.True(answer.Status == HttpStatusCode.OK, $"{why}: {answer}");
        var greeting = Assert.Single(answer.Posts);
        Assert.Contains(install["conversation"]!["id"]!.GetValue<string>(), Uri.UnescapeDataString(greeting.Path), StringComparison.Ordinal);
        Assert.Equal("Bearer local-managed-identity-token", greeting.Authorization);
        Assert.NotEqual(before, await WorkshopDriver.SnapshotAsync(bot.Azurite));
    }

    [Theory]
    [MemberData(nameof(OtherChannels))]
    public async Task ValidTokenFromAnotherChannel_Gets403_StoresNothing_AndSendsNothing(string why, string? channelId, Func<LiveBot, string> token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bot = fixture.Bot;
        var log = MatrixLog.Mark(bot, 2006);
        var before = await WorkshopDriver.SnapshotAsync(bot.Azurite);
        var install = Install();
        install.Remove("channelId");
        if (channelId is not null)
        {
            install["channelId"] = channelId;
        }

        var answer = await MatrixAnswer.RecordAsync(bot, () => bot.SendAsync(install, token(bot)));

        MatrixExpect.Refused(HttpStatusCode.Forbidden)(answer);
        Assert.Equal(before, await WorkshopDriver.SnapshotAsync(bot.Azurite));
        await log.AssertWarnedAsync(2006, why);
    }

    /// <summary>The bot added to a new group chat: greeted once, and the greeting recorded.</summary>
    private static JsonObject Install() => TeamsActivities.Installed($"19:{Guid.NewGuid():N}@thread.v2");

    private static string Bearer(string token) => "Bearer " + token;

    private static string Channel(LiveBot bot, Func<TokenFactory.Spec, TokenFactory.Spec> change) =>
        Bearer(TokenFactory.Create(change(new TokenFactory.Spec { Audience = AppId, ServiceUrl = bot.ServiceUrl })));

    /// <summary>An Entra token as in AuthenticationTests: v1 from sts.windows.net, v2 from the authority the bot is pointed at.</summary>
    private static string Entra(LiveBot bot, string? version, string appClaim, string appId, string tenant = LocalIdentityServer.TenantId, string audience = AppId, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { [appClaim] = appId, ["tid"] = tenant };
        if (version is not null)
        {
            claims["ver"] = version;
        }

        var issuer = version == "1.0" ? $"https://sts.windows.net/{tenant}/" : new Uri(bot.Identity.BaseUrl, $"{tenant}/v2.0").ToString();
        var spec = new TokenFactory.Spec { Audience = audience, Issuer = issuer, Key = LocalIdentityServer.EntraKey, Claims = claims };
        return Bearer(TokenFactory.Create(expires is { } at ? spec with { NotBefore = at.AddHours(-1), Expires = at } : spec));
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["name"] = "Mallory";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>Signed with a shared secret under the Teams key's kid: a symmetric key must never be accepted.</summary>
    private static string Hs256(LiveBot bot)
    {
        var key = new SymmetricSecurityKey(new byte[32]) { KeyId = LocalIdentityServer.TeamsKey.KeyId };
        return Bearer(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalIdentityServer.BotFrameworkIssuer,
            Audience = AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = bot.ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        }));
    }
}
