using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// Local mode authenticates nobody and trusts a loopback caller, so it starts only where no one else
/// can reach it: a developer's machine (the Development environment), with storage on that machine,
/// without forwarded headers (which make any caller look local) and listening on loopback only.
/// Any other case stops the bot at start-up, naming each condition it broke.
/// </summary>
public sealed class LocalModeRequirements(IHostEnvironment environment, IConfiguration configuration, IOptions<StorageOptions> storage)
    : IValidateOptions<BotOptions>
{
    private const string LocalMode = "Local mode (no Bot:AppId)";

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (!options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var broken = BrokenConditions().ToList();
        return broken.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(broken);
    }

    private IEnumerable<string> BrokenConditions()
    {
        if (!environment.IsDevelopment())
        {
            yield return $"{LocalMode} runs only in the Development environment, not in '{environment.EnvironmentName}': set Bot:AppId, or ASPNETCORE_ENVIRONMENT=Development on a developer's machine";
        }

        var endpoint = StorageEndpoint.Of(storage.Value);
        if (!endpoint.IsLoopback)
        {
            yield return $"{LocalMode} uses only Azurite or table storage on this machine (UseDevelopmentStorage=true, or a table endpoint on localhost or 127.0.0.1), not '{endpoint.Host}'";
        }

        // The same test ASP.NET Core makes before it adds the forwarded-headers middleware.
        if (string.Equals(configuration["FORWARDEDHEADERS_ENABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{LocalMode} refuses ASPNETCORE_FORWARDEDHEADERS_ENABLED=true: forwarded headers would make any caller look like loopback";
        }

        foreach (var address in ListenAddresses.From(configuration).Where(address => !ListenAddresses.IsLoopback(address)))
        {
            yield return $"{LocalMode} listens on loopback only, not on '{address}': use --urls http://127.0.0.1:3978";
        }
    }
}
