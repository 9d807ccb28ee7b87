using Azure.Data.Tables;

namespace TeamsEvalBot.Storage;

/// <summary>Where <see cref="TableStore"/> will send its requests, read the way the Azure SDK reads the settings.</summary>
public static class StorageEndpoint
{
    /// <summary>The table service's address. A connection string that cannot be read throws, as it would in <see cref="TableStore"/>.</summary>
    public static Uri Of(StorageOptions storage) =>

        // Parsing only: a client makes no request until it is used.
        storage.TableEndpoint ?? new TableServiceClient(storage.ConnectionString).Uri;
}
