using System.Text.RegularExpressions;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The warnings the bot processes wrote, by event id. The console logger writes on its own thread,
/// so a warning may land just after the HTTP answer: a check waits for it, up to a deadline.
/// </summary>
public sealed class MatrixLog
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly LiveBot bot;
    private readonly Dictionary<int, int> before = [];

    private MatrixLog(LiveBot bot) => this.bot = bot;

    /// <summary>Remembers how many warnings of each id were written so far.</summary>
    public static MatrixLog Mark(LiveBot bot, params int[] eventIds)
    {
        var log = new MatrixLog(bot);
        foreach (var id in eventIds)
        {
            log.before[id] = log.Count(id);
        }

        return log;
    }

    /// <summary>Passes once a warning with this id was written after <see cref="Mark"/>; fails at the deadline.</summary>
    public async Task AssertWarnedAsync(int eventId, string why)
    {
        var deadline = DateTimeOffset.UtcNow + Deadline;
        while (Count(eventId) <= before[eventId])
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{why}: no warning {eventId} was logged");

            // Polls the captured output: the process gives no other signal that a line was written.
            await Task.Delay(50);
        }
    }

    // The console formatter writes "warn: Category[2003]" on a line of its own.
    private int Count(int eventId) =>
        bot.Instances.Sum(i => Regex.Count(i.Process.Output, $@"^warn: \S+\[{eventId}\]", RegexOptions.Multiline));
}
