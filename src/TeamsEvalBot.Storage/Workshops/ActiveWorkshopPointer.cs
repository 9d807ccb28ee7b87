using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// The conversation's pointer to its open workshop. Claiming it starts the workshop, so it carries
/// the start itself (the workshop row's properties and who started it): when a storage fault cuts
/// a start short before the workshop row is written, the next start finishes it from here.
/// </summary>
internal static class ActiveWorkshopPointer
{
    // The keys and the service's own properties, which the workshop row has its own of.
    private static readonly HashSet<string> NotCopied = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>The pointer claiming the conversation for a workshop that has one facilitator, its starter.</summary>
    public static TableEntity ToEntity(Workshop workshop)
    {
        var starter = workshop.Facilitators.Single();
        var pointer = new TableEntity(KeyEncoding.Encode(workshop.ConversationId), ConversationRows.ActiveWorkshop)
        {
            ["WorkshopId"] = workshop.Id,
            ["StarterId"] = starter.Id,
            ["StarterName"] = starter.Name,
        };
        foreach (var (name, value) in WorkshopEntityMapper.ToEntity(workshop).Where(p => !NotCopied.Contains(p.Key)))
        {
            pointer[name] = value;
        }

        return pointer;
    }

    /// <summary>The workshop the pointer started, as it was when claimed; null for a pointer written before pointers carried their start.</summary>
    public static Workshop? ToWorkshop(TableEntity pointer)
    {
        if (pointer.GetString("StarterId") is not { } starterId)
        {
            return null;
        }

        var row = new TableEntity(pointer.GetString("WorkshopId"), WorkshopRows.Workshop);
        foreach (var (name, value) in pointer.Where(p => !NotCopied.Contains(p.Key)))
        {
            row[name] = value;
        }

        return WorkshopEntityMapper.ToWorkshop(row) with { Facilitators = [new Person(starterId, pointer.GetString("StarterName") ?? string.Empty)] };
    }
}
