using System.Diagnostics;
using System.Net;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Hosting;

/// <summary>
/// GET /diagnostics/counters: the storage request count, each card verb's storage round trips and
/// requests on its answer's path, and peak memory, for the load harness.
/// Off unless Diagnostics:Counters is true, and then answered to loopback callers only.
/// </summary>
public static class DiagnosticsEndpoint
{
    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Diagnostics:Counters"))
        {
            endpoints.MapGet("/diagnostics/counters", (HttpContext http, StorageRequestCounter storage, StorageRoundTrips roundTrips) =>
            {
                if (http.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
                {
                    return Results.NotFound();
                }

                using var process = Process.GetCurrentProcess();
                return Results.Json(new { storageRequests = storage.Total, verbs = roundTrips.Totals, peakWorkingSetBytes = process.PeakWorkingSet64 });
            });
        }

        return endpoints;
    }
}
