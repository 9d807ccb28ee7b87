using Microsoft.Extensions.Hosting;

namespace TeamsEvalBot.Storage;

/// <summary>Creates the tables at start-up, so no request ever pays for it.</summary>
public sealed class TableInitializer(TableStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in Tables.All)
        {
            await store.Table(table).CreateIfNotExistsAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
