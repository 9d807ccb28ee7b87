using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsEvalBot.Protocol.Schema;

/// <summary>
/// The one set of JSON rules for the wire: camelCase, nulls left out, and text written as itself.
/// The default encoder writes every non-ASCII character as a six-character escape, which would
/// let Gaelic or accented evidence push a card past Teams' 40 KB limit. The payload is JSON, never
/// HTML, so the relaxed encoder is safe here.
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
