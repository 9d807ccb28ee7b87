using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// A real HTTP server on loopback that plays the identity side of Teams: Bot Framework OpenID
/// metadata with endorsed keys, a tenant's Entra metadata, an OAuth client-credentials token
/// endpoint and an App Service managed-identity endpoint. Tests sign tokens with its keys.
/// </summary>
public sealed class LocalIdentityServer : IAsyncDisposable
{
    public const string TenantId = "8d4c7a4e-2f0b-4c5e-9a51-3b1f6f2d9c10";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> hits = new();
    private readonly ConcurrentQueue<IFormCollection> tokenRequests = new();
    private readonly ConcurrentQueue<string> managedIdentityRequests = new();

    private LocalIdentityServer(WebApplication app, int port)
    {
        this.app = app;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseUrl { get; }

    /// <summary>The key Teams would sign with: endorsed for the msteams channel.</summary>
    public static SigningKey TeamsKey { get; } = SigningKey.Create("teams-key", ["msteams"]);

    /// <summary>Published, but endorsed for another channel only.</summary>
    public static SigningKey OtherChannelKey { get; } = SigningKey.Create("other-channel-key", ["webchat"]);

    /// <summary>Published in the tenant's Entra key set.</summary>
    public static SigningKey EntraKey { get; } = SigningKey.Create("entra-key", []);

    /// <summary>Never published: tokens signed with it must fail.</summary>
    public static SigningKey UnpublishedKey { get; } = SigningKey.Create("unpublished-key", ["msteams"]);

    /// <summary>Published only after <see cref="PublishRolledKey"/>: a key Microsoft rolled in.</summary>
    public static SigningKey RolledKey { get; } = SigningKey.Create("rolled-key", ["msteams"]);

    public Uri BotFrameworkMetadataUrl => new(BaseUrl, "botframework/v1/.well-known/openidconfiguration");

    public IReadOnlyCollection<IFormCollection> TokenRequests => tokenRequests;

    public IReadOnlyCollection<string> ManagedIdentityRequests => managedIdentityRequests;

    public bool RolledKeyPublished { get; private set; }

    public void PublishRolledKey() => RolledKeyPublished = true;

    public int Hits(string path) => hits.GetValueOrDefault(path);

    public static async Task<LocalIdentityServer> StartAsync()
    {
        var port = ExternalProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalIdentityServer(app, port);
        server.MapEndpoints();
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private void MapEndpoints()
    {
        app.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value ?? string.Empty, 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata(BotFrameworkIssuer, "botframework/v1/keys"));
        app.MapGet("/botframework/v1/keys", () => KeySet(RolledKeyPublished ? [TeamsKey, OtherChannelKey, RolledKey] : [TeamsKey, OtherChannelKey]));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Metadata(new Uri(BaseUrl, $"{tenant}/v2.0").ToString(), $"{tenant}/discovery/v2.0/keys"));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => KeySet([EntraKey]));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            tokenRequests.Enqueue(await request.ReadFormAsync());
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "local-client-credentials-token" });
        });
        app.MapGet("/msi/token", (HttpRequest request) =>
        {
            managedIdentityRequests.Enqueue(request.QueryString.Value ?? string.Empty);
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Results.Json(new { access_token = "local-managed-identity-token", expires_on = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture), resource = request.Query["resource"].ToString(), token_type = "Bearer", client_id = request.Query["client_id"].ToString() });
        });
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseUrl, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint"] = new Uri(BaseUrl, "oauth2/v2.0/token").ToString(),
    };

    private static JsonObject KeySet(IEnumerable<SigningKey> keys) => new()
    {
        ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.PublicJwk())]),
    };
}

/// <summary>An RSA key with a kid and the channels it is endorsed for.</summary>
public sealed class SigningKey
{
    private SigningKey(string keyId, RSA rsa, string[] endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
        Security = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public RSA Rsa { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey Security { get; }

    public static SigningKey Create(string keyId, string[] endorsements) => new(keyId, RSA.Create(2048), endorsements);

    public JsonObject PublicJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }
}
