using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// Inbound tokens through the real endpoint, with keys served by a local identity server. Every
/// refused token gets 401 and the bot sends nothing; the valid ones are answered.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuthenticationTests : IDisposable
{
    private const string ServiceUrl = TeamsActivities.ServiceUrl;
    private readonly IdentityFixture fixture;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    // This class's clock is fake, so its sends must not share a thread's send slots with other tests.
    private readonly string conversationId = $"a:{Guid.NewGuid():N}";
    private readonly BotApp bot;

    public AuthenticationTests(IdentityFixture fixture)
    {
        this.fixture = fixture;
        bot = new BotApp(fixture.Azurite.ConnectionString, fixture.Settings, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            fixture.RedirectTokenRequests(services);
        });
    }

    public static TheoryData<string, Func<Uri, string>> ForgedTokens => new()
    {
        { "alg none", _ => TokenFactory.WithAlgNone(IdentityFixture.AppId, ServiceUrl) },
        { "wrong audience", _ => Channel(new() { Audience = "9b9e1a52-0000-4000-8000-000000000000", ServiceUrl = ServiceUrl }) },
        { "wrong issuer", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Issuer = "https://api.botframework.evil" }) },
        { "expired beyond the 5 minute skew", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-6) }) },
        { "not yet valid beyond the skew", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) }) },
        { "unknown signing key", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Key = LocalIdentityServer.UnpublishedKey }) },
        { "bad signature", _ => Tampered(Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl })) },
        { "key not endorsed for msteams", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Key = LocalIdentityServer.OtherChannelKey }) },
        { "serviceurl claim mismatch", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = "https://smba.evil.example/emea/" }) },
        { "serviceurl claim missing", _ => Channel(new() { Audience = IdentityFixture.AppId }) },
        { "symmetric HS256 signature", _ => Hs256() },
        { "algorithm outside RS256/384/512", _ => Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }) },
        { "Entra token from another tenant", authority => Entra(authority, "2.0", "azp", IdentityFixture.AppId, tenant: "0a1b2c3d-0000-4000-8000-00000000beef") },
        { "Entra token for another calling app", authority => Entra(authority, "2.0", "azp", "11111111-2222-4333-8444-555555555555") },
        { "Entra token without a version claim", authority => Entra(authority, null, "azp", IdentityFixture.AppId) },
        { "not a JWT at all", _ => "not-a-jwt" },
    };

    public void Dispose() => bot.Dispose();

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task ForgedOrInvalidToken_Gets401AndNothingIsProcessed(string why, Func<Uri, string> token)
    {
        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token(fixture.Identity.BaseUrl));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: got {(int)response.StatusCode}");
        Assert.Empty(bot.Connector.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer lowercase-scheme")]
    [InlineData("Bearer")]
    [InlineData("Bearer two parts")]
    public async Task MissingOrMalformedAuthorizationHeader_Gets401(string? header)
    {
        var response = await bot.PostAsync(TeamsActivities.Personal("help", conversationId), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ValidChannelToken_IsAnsweredWithAClientCredentialsToken(string algorithm)
    {
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Algorithm = algorithm });

        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(bot.Connector.Calls);
        Assert.Equal("Bearer local-client-credentials-token", call.Authorization);
        var tokenRequest = fixture.Identity.TokenRequests.Last();
        Assert.Equal("client_credentials", tokenRequest["grant_type"].ToString());
        Assert.Equal(IdentityFixture.AppId, tokenRequest["client_id"].ToString());
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"].ToString());
    }

    [Fact]
    public async Task ChannelTokenJustInsideTheClockSkew_IsAccepted()
    {
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-4) });

        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlClaim_IsComparedWithoutCase()
    {
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl.ToUpperInvariant() });

        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task ValidEntraTokenFromTheBotsTenant_IsAccepted(string version, string appClaim)
    {
        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), Entra(fixture.Identity.BaseUrl, version, appClaim, IdentityFixture.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task ValidTokenButActivityFromAnotherTenant_Gets403AndNoReply()
    {
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl });
        var activity = TeamsActivities.Personal("help", conversationId, tenantId: "72f988bf-0000-4000-8000-0000000000ff");

        var response = await bot.PostWithTokenAsync(activity, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task AllowList_CanHoldSeveralTenants()
    {
        const string partnerTenant = "5e6f7a8b-0000-4000-8000-00000000abcd";
        var settings = fixture.Settings;
        settings["Bot:AllowedTenantIds:0"] = LocalIdentityServer.TenantId;
        settings["Bot:AllowedTenantIds:1"] = partnerTenant;
        using var partnerBot = new BotApp(fixture.Azurite.ConnectionString, settings, fixture.RedirectTokenRequests);
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl });

        var partner = await partnerBot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId, tenantId: partnerTenant), token);
        var stranger = await partnerBot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId, tenantId: "99999999-0000-4000-8000-000000000099"), token);

        Assert.Equal(HttpStatusCode.OK, partner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
    }

    [Fact]
    public async Task UnknownKeyId_RefetchesTheKeysOnce_SoARolledKeyIsAccepted()
    {
        var keysPath = "/botframework/v1/keys";
        var valid = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), valid)).StatusCode);
        var fetchesBefore = fixture.Identity.Hits(keysPath);

        fixture.Identity.PublishRolledKey();
        clock.Advance(TimeSpan.FromMinutes(2));
        var rolled = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl, Key = LocalIdentityServer.RolledKey });
        var response = await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), rolled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, fixture.Identity.Hits(keysPath));
    }

    [Fact]
    public async Task SigningKeys_AreCachedAndFetchedAgainAfterTheRefreshInterval()
    {
        var keysPath = "/botframework/v1/keys";
        var token = Channel(new() { Audience = IdentityFixture.AppId, ServiceUrl = ServiceUrl });
        await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);
        var afterFirst = fixture.Identity.Hits(keysPath);

        await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);
        Assert.Equal(afterFirst, fixture.Identity.Hits(keysPath));

        clock.Advance(TimeSpan.FromHours(13));
        await bot.PostWithTokenAsync(TeamsActivities.Personal("help", conversationId), token);
        Assert.Equal(afterFirst + 1, fixture.Identity.Hits(keysPath));
    }

    private static string Channel(TokenFactory.Spec spec) => TokenFactory.Create(spec);

    private static string Entra(Uri authority, string? version, string appClaim, string appId, string tenant = LocalIdentityServer.TenantId)
    {
        var claims = new Dictionary<string, object> { [appClaim] = appId, ["tid"] = tenant };
        if (version is not null)
        {
            claims["ver"] = version;
        }

        var issuer = version == "1.0" ? $"https://sts.windows.net/{tenant}/" : new Uri(authority, $"{tenant}/v2.0").ToString();
        return TokenFactory.Create(new() { Audience = IdentityFixture.AppId, Issuer = issuer, Key = LocalIdentityServer.EntraKey, Claims = claims });
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["aud"] = IdentityFixture.AppId;
        payload["name"] = "Mallory";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private static string Hs256()
    {
        var key = new SymmetricSecurityKey(new byte[32]) { KeyId = LocalIdentityServer.TeamsKey.KeyId };
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalIdentityServer.BotFrameworkIssuer,
            Audience = IdentityFixture.AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
