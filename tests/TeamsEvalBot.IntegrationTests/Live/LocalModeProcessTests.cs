using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>The bot process in local mode outside Development: it logs why it will not start and exits non-zero, having listened on nothing.</summary>
public sealed class LocalModeProcessTests
{
    [Fact]
    public async Task LocalModeInProduction_LogsTheReason_AndExitsNonZero()
    {
        var dll = BotProcess.EnsureBuilt();
        var port = ExternalProcess.FreePort();
        var environment = BotProcess.LocalMode("UseDevelopmentStorage=true");
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        await using var bot = ExternalProcess.Start(
            "dotnet",
            [dll, "--urls", $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}"],
            Path.GetDirectoryName(dll)!,
            environment);

        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode != 0, $"exit code {exitCode}:\n{bot.Output}");
        Assert.Matches(@"crit: TeamsEvalBot\.Startup\[1003\]\s+Refused to start: Local mode \(no Bot:AppId\) runs only in the Development environment, not in 'Production'", bot.Output);
        Assert.DoesNotContain("Now listening", bot.Output, StringComparison.Ordinal);
    }
}
