using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.Protocol.Connector;

/// <summary>A failed connector call, with the error code Teams gives in its body.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode status, string code, string message)
        : base($"Connector answered {(int)status} {code}: {message}")
    {
        Status = status;
        Code = code;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode Status { get; }

    public string Code { get; } = string.Empty;

    internal static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        string code = "Unknown", message = response.ReasonPhrase ?? string.Empty;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            code = body?["error"]?["code"]?.GetValue<string>() ?? code;
            message = body?["error"]?["message"]?.GetValue<string>() ?? message;
        }
        catch (JsonException)
        {
            // Not every failure has the documented error body; the status still says enough.
        }

        throw new ConnectorException(response.StatusCode, code, message);
    }
}
