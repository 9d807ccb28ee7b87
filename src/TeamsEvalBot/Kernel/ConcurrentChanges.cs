using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Kernel;

/// <summary>ETag-guarded saves: when someone else changed the row first, nothing is overwritten and the caller says so.</summary>
public static class ConcurrentChanges
{
    /// <summary>True when the save landed; false, logged, when another change came first.</summary>
    public static async Task<bool> SavedAsync(Func<Task> save, ILogger logger, string workshopId)
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            await save();
            return true;
        }
        catch (ConcurrentChangeException)
        {
            WorkshopLog.ConcurrentChange(logger, workshopId);
            return false;
        }
    }
}
