using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsEvalBot.Protocol.Schema;

/// <summary>The one set of JSON rules for the wire: camelCase, nulls left out.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
