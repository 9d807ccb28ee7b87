using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TeamsEvalBot.Protocol.Auth;

/// <summary>
/// Fetches and caches OpenID metadata and signing keys per metadata URL. Keys are refetched when
/// they are older than the refresh interval, and once more when a token names an unknown key id,
/// because Microsoft may roll keys at any time.
/// </summary>
public sealed partial class SigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<SigningKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "OpenIdMetadata";

    // An unknown kid may refetch at most this often, so forged kids cannot make us hammer the issuer.
    private static readonly TimeSpan MinimumRefetchGap = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Uri, SigningKeys> cache = new();
    private readonly SemaphoreSlim fetchLock = new(1, 1);

    public async Task<SigningKeys> GetAsync(Uri metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (cache.TryGetValue(metadataUrl, out var cached) && IsUsable(cached, keyId, now))
        {
            return cached;
        }

        await fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(metadataUrl, out cached) && IsUsable(cached, keyId, now))
            {
                return cached;
            }

            var fresh = await FetchAsync(metadataUrl, cancellationToken);
            cache[metadataUrl] = fresh;
            LogKeysFetched(logger, metadataUrl, fresh.Keys.Count);
            return fresh;
        }
        finally
        {
            fetchLock.Release();
        }
    }

    public void Dispose() => fetchLock.Dispose();

    private bool IsUsable(SigningKeys keys, string? keyId, DateTimeOffset now)
    {
        var age = now - keys.FetchedAt;
        if (age >= options.Value.SigningKeyRefreshInterval)
        {
            return false;
        }

        return keys.HasKey(keyId) || age < MinimumRefetchGap;
    }

    private async Task<SigningKeys> FetchAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var metadata = await GetJsonAsync(http, metadataUrl, cancellationToken);
        var jwksUri = metadata["jwks_uri"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"{metadataUrl} has no jwks_uri.");
        var jwks = await GetJsonAsync(http, new Uri(jwksUri), cancellationToken);

        var keys = new List<SecurityKey>();
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var node in jwks["keys"]?.AsArray() ?? [])
        {
            if (node is not JsonObject keyJson)
            {
                continue;
            }

            var key = new JsonWebKey(keyJson.ToJsonString());
            keys.Add(key);
            if (key.KeyId is { } kid && keyJson["endorsements"] is JsonArray list)
            {
                endorsements[kid] = list.Select(e => e?.GetValue<string>() ?? string.Empty).ToList();
            }
        }

        return new SigningKeys(metadata["issuer"]?.GetValue<string>(), keys, endorsements, timeProvider.GetUtcNow());
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken)
            ?? throw new JsonException($"{url} returned no JSON.");
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataUrl}")]
    private static partial void LogKeysFetched(ILogger logger, Uri metadataUrl, int keyCount);
}
