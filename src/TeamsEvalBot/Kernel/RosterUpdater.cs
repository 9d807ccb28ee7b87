using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>Adds people who join the conversation to the open workshop's roster, so they count and can rate.</summary>
public sealed class RosterUpdater(WorkshopStore store, RosterReader roster, ILogger<RosterUpdater> logger)
{
    public async Task AddJoinedMembersAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var joined = turn.Activity.MembersAdded?.Where(m => m.Id is not null && m.Id != turn.Activity.Recipient?.Id).ToList() ?? [];
        if (joined.Count == 0 || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var stored = await store.GetActiveAsync(conversationId, cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var known = (await store.GetMembersAsync(workshop.Id, cancellationToken)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<TeamsEvalBot.Domain.Participants.Member>();
        foreach (var person in joined.Where(p => !known.Contains(p.Id!)))
        {
            added.Add(await roster.ReadOneAsync(workshop.ServiceUrl, conversationId, person.Id!, workshop.Settings, cancellationToken));
        }

        if (added.Count == 0)
        {
            return;
        }

        await store.SaveMembersAsync(workshop.Id, added, cancellationToken);
        if (!await ConcurrentChanges.SavedAsync(() => store.UpdateAsync(workshop with { MemberCount = known.Count + added.Count }, stored.ETag, cancellationToken), logger, workshop.Id))
        {
            // A facilitator saved settings at the same moment; count again from the stored roster.
            var latest = await store.GetAsync(workshop.Id, cancellationToken);
            var count = (await store.GetMembersAsync(workshop.Id, cancellationToken)).Count;
            await store.UpdateAsync(latest!.Value with { MemberCount = count }, latest.ETag, cancellationToken);
        }
    }
}
