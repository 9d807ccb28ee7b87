namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// scripts/load runs this in Release: the full run, its report in TestResults/load/ and, for the
/// default settings only, its table in the README.
/// </summary>
public static class HarnessProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = args.ToList();
        var output = TakeOption(options, "--out") ?? Path.Combine(Environment.CurrentDirectory, "TestResults", "load");
        var readme = TakeOption(options, "--readme");
        var settings = LoadSettings.Parse(options);

        var results = await LoadRun.RunAsync(settings, Console.Out);
        await LoadReport.WriteAsync(results, output);
        if (readme is not null && settings == new LoadSettings())
        {
            await LoadReport.UpdateReadmeAsync(results, readme);
        }
        else if (readme is not null)
        {
            Console.WriteLine($"{readme} keeps the default run's table; this run's is in {output}.");
        }

        Console.WriteLine();
        Console.WriteLine(LoadReport.Markdown(results));
        Console.WriteLine($"Written to {output}.");

        // Missed timing targets are reported; lost or wrong data fails the run.
        return results.CorrectnessProblems.Count == 0 && results.RateLimitBreaches == 0 ? 0 : 1;
    }

    private static string? TakeOption(List<string> options, string name)
    {
        var at = options.IndexOf(name);
        if (at < 0 || at + 1 >= options.Count)
        {
            return null;
        }

        var value = options[at + 1];
        options.RemoveRange(at, 2);
        return value;
    }
}
