namespace TeamsEvalBot.LoadHarness;

/// <summary>What one run of the harness plays.</summary>
/// <param name="Participants">People rating at once; the burst has all of them rate one proposal.</param>
/// <param name="Instances">Bot processes on the same storage, requests spread across them.</param>
/// <param name="Proposals">How many of the framework's rateable proposals are rated (all 25 proposals are posted; 22 can be rated).</param>
/// <param name="InFlight">Ratings in flight at once in the steady phase, and upserts in the baseline. Azurite serves one request at a time, so beyond about 16 more in flight only lengthen the queue.</param>
/// <param name="CheckCards">Whether the recording connector checks every card with the official library; off when timing, since the check is not the bot's cost.</param>
public sealed record LoadSettings(int Participants = 200, int Instances = 1, int Proposals = 22, int SummaryCalls = 40, int InFlight = 16, bool CheckCards = false)
{
    /// <summary>The small run in the default test suite: it checks counts, never timings.</summary>
    public static LoadSettings Smoke(int instances) => new(Participants: 12, Instances: instances, Proposals: 3, SummaryCalls: 3, InFlight: 6, CheckCards: true);

    public static LoadSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new LoadSettings();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--participants" => settings with { Participants = value },
                "--instances" => settings with { Instances = value },
                "--proposals" => settings with { Proposals = value },
                "--in-flight" => settings with { InFlight = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --participants N, --instances N, --proposals N, --in-flight N."),
            };
        }

        return settings;
    }
}
