using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// A composeExtension/query invoke's value: <c>{commandId, parameters:[{name, value}], queryOptions:{skip, count}}</c>.
/// Anything missing or of the wrong type reads as empty, so a malformed query finds nothing rather than failing.
/// </summary>
public sealed record SearchRequest(string CommandId, string Query, int Skip, int Count)
{
    public const int DefaultCount = 25;

    // Teams asks for 25 at a time; later pages come with a skip.
    private const int MaxCount = 25;
    private const int MaxSkip = 500;

    public static SearchRequest Read(JsonNode? node)
    {
        var value = node as JsonObject;
        var parameters = value?["parameters"] as JsonArray ?? [];

        // With initialRun Teams sends {name: "initialRun"} instead of the typed words.
        var query = parameters
            .OfType<JsonObject>()
            .Where(p => Text(p["name"]) == "query")
            .Select(p => Text(p["value"]))
            .FirstOrDefault() ?? string.Empty;
        var options = value?["queryOptions"] as JsonObject;
        return new SearchRequest(
            Text(value?["commandId"]) ?? string.Empty,
            query,
            Math.Clamp(Number(options?["skip"]) ?? 0, 0, MaxSkip),
            Math.Clamp(Number(options?["count"]) ?? DefaultCount, 1, MaxCount));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static int? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var number) => number,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
