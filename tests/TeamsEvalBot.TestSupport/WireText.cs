using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

public static class WireText
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON as the bot writes it on the wire: "→" and "'" as themselves, so tests can look for the words people read.</summary>
    public static string Wire(this JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Relaxed);
    }
}
