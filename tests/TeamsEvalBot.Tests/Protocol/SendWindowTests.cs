using TeamsEvalBot.Protocol.Connector;

namespace TeamsEvalBot.Tests.Protocol;

public sealed class SendWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SendsStampedInTheFuture_CountAsNow_SoAClockAheadCannotStallTheThread()
    {
        // Another instance's clock is an hour ahead and it has sent 7 times.
        var sends = Enumerable.Repeat(Now.AddHours(1), 7).ToList();

        SendWindow.Prune(sends, Now);

        Assert.All(sends, t => Assert.Equal(Now, t));
        Assert.InRange(SendWindow.WaitBefore(sends, Now), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void SendsOlderThanAnHour_AreDropped()
    {
        var sends = new List<DateTimeOffset> { Now.AddHours(-2), Now.AddMinutes(-59) };

        SendWindow.Prune(sends, Now);

        Assert.Equal([Now.AddMinutes(-59)], sends);
    }
}
