using System.Diagnostics;

namespace TeamsEvalBot.TestSupport;

/// <summary>Runs a repo script from the repo root to completion; used by the packaging tests.</summary>
public sealed record ScriptRun(string Command, int ExitCode, string Output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public string Describe() => $"`{Command}` exited with {ExitCode}:\n{Output}";

    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static async Task<ScriptRun> StartAsync(string fileName, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new ScriptRun($"{fileName} {string.Join(' ', arguments)}", process.ExitCode, await stdout + await stderr);
    }
}
