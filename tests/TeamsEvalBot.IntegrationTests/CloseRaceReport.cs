using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Writes what each close race told its raters, then fails with every broken promise of every race.</summary>
public static class CloseRaceReport
{
    public static void AssertKept(IReadOnlyList<CloseRace.CloseRaceOutcome> outcomes, ITestOutputHelper output, string setup)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(output);
        var problems = new List<string>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            output.WriteLine(
                $"race {i + 1}: close sent after {outcome.AnsweredWhenClosing} answers; {outcome.AcknowledgedCount} acknowledged, " +
                $"{outcome.RefusedCount} refused; {outcome.Stored.Count} stored, {outcome.StoredAfterClose.Count} of them after the close");
            problems.AddRange(outcome.Problems().Select(p => $"race {i + 1}: {p}"));
        }

        var acknowledged = outcomes.Sum(o => o.AcknowledgedCount);
        var refused = outcomes.Sum(o => o.RefusedCount);
        output.WriteLine($"{setup}, {outcomes.Count} races of {CloseRace.Raters} ratings: {acknowledged} acknowledged, {refused} refused");

        // Both answers must occur, or the close never landed among the ratings.
        Assert.True(acknowledged > 0 && refused > 0, $"The close never split the ratings: {acknowledged} acknowledged, {refused} refused.");
        Assert.True(problems.Count == 0, $"{problems.Count} broken promises ({setup}):\n{string.Join('\n', problems)}");
    }
}
