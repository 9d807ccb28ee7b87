using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// The official adaptivecards library, running in one long-lived Node process (scripts/check-cards.mjs),
/// asked about one card at a time.
/// </summary>
public sealed class CardChecker : IDisposable
{
    private readonly Process node;
    private readonly SemaphoreSlim gate = new(1, 1);

    private CardChecker(Process node) => this.node = node;

    public static CardChecker Shared { get; } = Start();

    /// <summary>The library's parse and validation problems, plus a version above 1.5. Empty means the card is fine.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        await gate.WaitAsync();
        try
        {
            await node.StandardInput.WriteLineAsync(card.ToJsonString());
            await node.StandardInput.FlushAsync();
            var line = await node.StandardOutput.ReadLineAsync()
                ?? throw new InvalidOperationException("check-cards.mjs stopped: " + await node.StandardError.ReadToEndAsync());
            var answer = JsonNode.Parse(line)!;
            return [.. answer["problems"]!.AsArray().Select(p => p!.GetValue<string>())];
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        node.Kill();
        node.Dispose();
        gate.Dispose();
    }

    private static CardChecker Start()
    {
        var script = Path.Combine(RepoPaths.Scripts, "check-cards.mjs");
        if (!Directory.Exists(Path.Combine(RepoPaths.NodeModules, "adaptivecards")))
        {
            throw new InvalidOperationException("scripts/node_modules/adaptivecards is missing: run scripts/test (it runs npm ci).");
        }

        var info = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.Kill();
        return new CardChecker(process);
    }
}

/// <summary>What every card the bot sends must satisfy.</summary>
public static class CardAssert
{
    /// <summary>Teams' limit for a bot message, counted as UTF-16.</summary>
    public const int MaxMessageBytes = 40 * 1024;

    private static readonly System.Text.Json.JsonSerializerOptions WireJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task ValidAsync(JsonNode card, string where)
    {
        var problems = await CardChecker.Shared.ProblemsAsync(card);
        Xunit.Assert.True(problems.Count == 0, $"{where}: the adaptivecards library found problems:\n{string.Join('\n', problems)}\n{card.ToJsonString()}");
    }

    /// <summary>Checks every card in a message the bot sent, and the size of the whole message.</summary>
    public static async Task ValidMessageAsync(JsonNode message, string where)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Measured as the bot serialises it (non-ASCII written as itself) and as Teams counts it (UTF-16).
        var utf16Bytes = message.ToJsonString(WireJson).Length * 2;
        Xunit.Assert.True(utf16Bytes <= MaxMessageBytes, $"{where}: the message is {utf16Bytes} bytes, over {MaxMessageBytes}.");
        foreach (var attachment in message["attachments"]?.AsArray() ?? [])
        {
            if (attachment?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            {
                await ValidAsync(attachment["content"]!, where);
            }
        }
    }
}
