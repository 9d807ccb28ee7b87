namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Sends requests meant for a public host to a local server instead, keeping the path. MSAL only
/// accepts HTTPS authorities, so its client-credentials call is redirected to the local identity server.
/// </summary>
public sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
