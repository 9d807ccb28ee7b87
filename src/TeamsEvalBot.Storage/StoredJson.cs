using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsEvalBot.Storage;

/// <summary>How JSON-valued properties are written in storage: web casing, enums by name so a reordered enum cannot change stored data.</summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
