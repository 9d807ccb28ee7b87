using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol;

namespace TeamsEvalBot.Hosting;

/// <summary>Degraded in local mode: the bot answers, but it checks nobody's identity, so it must not serve people.</summary>
public sealed class AuthenticationHealthCheck(IOptions<BotOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.IsLocalMode
            ? HealthCheckResult.Degraded("Local mode: no Bot:AppId is set, so requests are not authenticated.")
            : HealthCheckResult.Healthy("Requests are authenticated."));
}
