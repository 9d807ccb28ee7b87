namespace TeamsEvalBot.Hosting;

/// <summary>The addresses Kestrel will listen on, read from configuration in Kestrel's order, before it binds any.</summary>
public static class ListenAddresses
{
    /// <summary>
    /// Kestrel's own endpoints win over "urls" (--urls, ASPNETCORE_URLS), which wins over the port lists
    /// (ASPNETCORE_HTTP_PORTS, ASPNETCORE_HTTPS_PORTS), which mean every interface. Empty means
    /// Kestrel's default, http://localhost:5000.
    /// </summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"])
            .OfType<string>()
            .ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return [.. Ports(configuration["http_ports"], "http"), .. Ports(configuration["https_ports"], "https")];
    }

    /// <summary>True for a URL whose host is localhost or a loopback address; "*", "+" and 0.0.0.0 are every interface.</summary>
    public static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => $"{scheme}://*:{port}");
}
