using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Workshops, their rosters, proposals and ratings. A workshop is one partition.</summary>
public sealed class WorkshopStore(TableStore store)
{
    private const string ActiveWorkshopRow = ConversationRows.ActiveWorkshop;

    // An entity-group transaction holds at most 100 operations (Azurite misbehaves above that).
    private const int MaxTransactionActions = 100;

    private TableClient Workshops => store.Table(Tables.Workshops);

    private TableClient Conversations => store.Table(Tables.Conversations);

    /// <summary>The conversation's open workshop, if any.</summary>
    public async Task<Stored<Workshop>?> GetActiveAsync(string conversationId, CancellationToken cancellationToken)
    {
        var pointer = await Conversations.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(conversationId), ActiveWorkshopRow, cancellationToken: cancellationToken);
        return pointer.HasValue ? await GetAsync(pointer.Value!.GetString("WorkshopId"), cancellationToken) : null;
    }

    /// <summary>The workshop with its facilitators and observers: its row and its role rows, read at once.</summary>
    public async Task<Stored<Workshop>?> GetAsync(string workshopId, CancellationToken cancellationToken)
    {
        var row = Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Workshop, cancellationToken: cancellationToken);
        var roles = GetRoleRowsAsync(workshopId, cancellationToken);
        await Task.WhenAll(row, roles);
        var entity = await row;
        return entity.HasValue ? new Stored<Workshop>(RoleRows.WithRoles(WorkshopEntityMapper.ToWorkshop(entity.Value!), await roles), entity.Value!.ETag) : null;
    }

    /// <summary>The person's role in the workshop, in one point read; null for someone who rates.</summary>
    public async Task<WorkshopRole?> GetRoleAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var entity = await Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Role(personId), select: ["Role"], cancellationToken: cancellationToken);
        return entity.HasValue ? RoleRows.RoleOf(entity.Value!) : null;
    }

    /// <summary>
    /// Starts a workshop, unless the conversation already has an open one: the conversation's
    /// pointer is claimed first, so two simultaneous starts cannot both win. A storage fault can cut
    /// a start short after the claim; the pointer then names a workshop with no row, which would
    /// block this conversation for good. So the pointer carries the start, the workshop row is
    /// written last, and a start that finds such a pointer finishes that workshop rather than
    /// deleting it: every step is safe to repeat, so even a finish racing the original start still
    /// leaves one workshop, and no start that was told it succeeded is undone.
    /// </summary>
    /// <returns>The workshop this call opened: <paramref name="workshop"/>, or the interrupted start it finished; null when another workshop is open.</returns>
    public async Task<Workshop?> TryStartAsync(Workshop workshop, IReadOnlyList<Member> roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(roster);
        if (await ClaimConversationAsync(workshop, cancellationToken) is not { } claimed)
        {
            return null;
        }

        // The members saved are the roster this call read, so they are the ones counted.
        var started = claimed with { MemberCount = roster.Count };

        // Indexed before it exists, so no stored workshop is ever missing from its tenant's index ("forget me" relies on it).
        await store.Table(Tables.TenantWorkshops).UpsertEntityAsync(TenantWorkshopRows.ToEntity(started), TableUpdateMode.Replace, cancellationToken);

        // Summaries find a partnership's workshops from any chat through this index.
        await store.Table(Tables.PartnershipWorkshops).UpsertEntityAsync(PartnershipWorkshopRows.ToEntity(started), TableUpdateMode.Replace, cancellationToken);
        await SaveMembersAsync(started.Id, roster, cancellationToken);
        try
        {
            // Last, with the starter's role row: a workshop row means a finished start.
            await Workshops.SubmitTransactionAsync(RoleRows.AddWithWorkshop(started), cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // The start this call finished was not dead, only slow, and has just written it.
        }

        return started;
    }

    /// <summary>Replaces the workshop row if nobody changed it since <paramref name="etag"/>. Its roles are not written: see <see cref="UpdateRolesAsync"/>.</summary>
    public async Task<ETag> UpdateAsync(Workshop workshop, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        try
        {
            var response = await Workshops.UpdateEntityAsync(WorkshopEntityMapper.ToEntity(workshop), etag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrentChangeException($"Workshop {workshop.Id} was changed by someone else.", ex);
        }
    }

    /// <summary>
    /// Saves a change of roles in one transaction: the workshop row on the ETag it was read with, and
    /// each role row given, taken away or changed. Another change since the read fails it whole: the
    /// row's ETag has moved, or a role row it adds, deletes or replaces is not as read. The row's count
    /// of observers moves by as many as the lists did, from the count stored with that ETag.
    /// </summary>
    public async Task UpdateRolesAsync(Stored<Workshop> before, Workshop after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var counted = after with { ObserverCount = before.Value.ObserverCount + after.Observers.Count - before.Value.Observers.Count };
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, WorkshopEntityMapper.ToEntity(counted), before.ETag), .. RoleRows.Changes(before.Value, after)];

        // The role commands change one person at a time; a transaction holds at most 100 operations.
        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"At most {MaxTransactionActions - 1} roles change in one save.", nameof(after));
        }

        try
        {
            await Workshops.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw new ConcurrentChangeException($"Workshop {after.Id} was changed by someone else.", ex);
        }
    }

    /// <summary>
    /// The workshop to start: this one when the conversation was free, or an interrupted start's,
    /// whose pointer names a workshop with no row. Null when the conversation has an open workshop.
    /// </summary>
    private async Task<Workshop?> ClaimConversationAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        try
        {
            await Conversations.AddEntityAsync(ActiveWorkshopPointer.ToEntity(workshop), cancellationToken);
            return workshop;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Claimed already: by an open workshop, a start under way, or an interrupted one.
        }

        var pointer = await Conversations.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(workshop.ConversationId), ActiveWorkshopRow, cancellationToken: cancellationToken);
        if (!pointer.HasValue)
        {
            // Released by "end workshop" at this moment; the person can type the start again.
            return null;
        }

        var row = await Workshops.GetEntityIfExistsAsync<TableEntity>(pointer.Value!.GetString("WorkshopId"), WorkshopRows.Workshop, select: ["PartitionKey"], cancellationToken: cancellationToken);
        return row.HasValue ? null : ActiveWorkshopPointer.ToWorkshop(pointer.Value);
    }

    private async Task<List<TableEntity>> GetRoleRowsAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {WorkshopRows.RolePrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.RolePrefix)}");
        var rows = new List<TableEntity>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    public async Task SaveMembersAsync(string workshopId, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        foreach (var chunk in members.Chunk(MaxTransactionActions))
        {
            await Workshops.SubmitTransactionAsync(
                chunk.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, WorkshopEntityMapper.ToEntity(workshopId, m))),
                cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Member>> GetMembersAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {WorkshopRows.MemberPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.MemberPrefix)}");
        var members = new List<Member>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            members.Add(WorkshopEntityMapper.ToMember(entity));
        }

        return members;
    }

    public async Task<Member?> GetMemberAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var entity = await Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Member(personId), cancellationToken: cancellationToken);
        return entity.HasValue ? WorkshopEntityMapper.ToMember(entity.Value!) : null;
    }

    public async Task<Stored<ProposalProgress>?> GetProgressAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var entity = await Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Proposal(proposalId), cancellationToken: cancellationToken);
        return entity.HasValue ? new Stored<ProposalProgress>(WorkshopEntityMapper.ToProgress(entity.Value!), entity.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<ProposalProgress>> GetAllProgressAsync(string workshopId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {WorkshopRows.ProposalPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.ProposalPrefix)}");
        var list = new List<ProposalProgress>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(WorkshopEntityMapper.ToProgress(entity));
        }

        return list;
    }

    /// <summary>Records a newly posted proposal; false if it was already posted.</summary>
    public async Task<bool> TryAddProgressAsync(string workshopId, ProposalProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await Workshops.AddEntityAsync(WorkshopEntityMapper.ToEntity(workshopId, progress), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task UpdateProgressAsync(string workshopId, ProposalProgress progress, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Workshops.UpdateEntityAsync(WorkshopEntityMapper.ToEntity(workshopId, progress), etag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrentChangeException($"Proposal {progress.ProposalId} was changed by someone else.", ex);
        }
    }

    /// <summary>
    /// Opens the proposal's next round, on the ETag of the round that ends, and keeps the ended
    /// round's card (it stays in the chat, showing that round's evidence) in the same transaction.
    /// </summary>
    public async Task OpenNextRoundAsync(string workshopId, ProposalProgress next, ETag etag, PostedCard? endedRoundCard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, WorkshopEntityMapper.ToEntity(workshopId, next), etag)];
        if (endedRoundCard is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, WorkshopEntityMapper.ToEntity(workshopId, endedRoundCard)));
        }

        try
        {
            await Workshops.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrentChangeException($"Proposal {next.ProposalId} was changed by someone else.", ex);
        }
    }

    /// <summary>
    /// One partition query for a card's model: the workshop, the proposal's progress, the roster
    /// (for organisations and the card's refresh list) and every rating of that round. A card
    /// action on one person's view passes <paramref name="onlyMemberId"/>: the rest of the roster
    /// is not needed there, and reading it on every rating would cost more than the rating. The
    /// same goes for the role rows: then the workshop's lists hold that person's role only.
    /// A null <paramref name="round"/> means the proposal's current round, read in the same query.
    /// </summary>
    public async Task<RatingContext> GetRatingContextAsync(string workshopId, string proposalId, int? round, CancellationToken cancellationToken, string? onlyMemberId = null)
    {
        var prefix = round is { } known ? WorkshopRows.RoundRatingsPrefix(proposalId, known) : WorkshopRows.RatingsPrefix(proposalId);
        var rosterRows = onlyMemberId is null
            ? TableClient.CreateQueryFilter($"RowKey ge {WorkshopRows.MemberPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.MemberPrefix)}")
            : TableClient.CreateQueryFilter($"RowKey eq {WorkshopRows.Member(onlyMemberId)}");
        var roleRows = onlyMemberId is null
            ? TableClient.CreateQueryFilter($"RowKey ge {WorkshopRows.RolePrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.RolePrefix)}")
            : TableClient.CreateQueryFilter($"RowKey eq {WorkshopRows.Role(onlyMemberId)}");
        var headers = TableClient.CreateQueryFilter($"RowKey eq {WorkshopRows.Workshop} or RowKey eq {WorkshopRows.Proposal(proposalId)}");
        var ratingRows = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}")} and ({headers} or ({ratingRows}) or ({rosterRows}) or ({roleRows}))";
        return await ReadContextAsync(filter, proposalId, round, cancellationToken);
    }

    /// <summary>
    /// The rating path's query in a blind workshop: the workshop, the proposal, the rater's roster
    /// row, role and own rating of the round, and the count the shared card last showed. Six rows at
    /// most: reading the round's every rating made each rating cost more the more had rated. The
    /// workshop's lists hold the rater's role only.
    /// </summary>
    public async Task<RatingContext> GetRaterContextAsync(string workshopId, string proposalId, int round, string personId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and (RowKey eq {WorkshopRows.Workshop} or RowKey eq {WorkshopRows.Proposal(proposalId)} or RowKey eq {WorkshopRows.Member(personId)} or RowKey eq {WorkshopRows.Rating(proposalId, round, personId)} or RowKey eq {WorkshopRows.RatedCount(proposalId, round)} or RowKey eq {WorkshopRows.Role(personId)})");
        var context = await ReadContextAsync(filter, proposalId, round, cancellationToken);
        return context with { LastCount = context.LastCount ?? RatedCount.None };
    }

    /// <summary>Notes how many had rated the round when its shared card was drawn; the rater's own view shows it.</summary>
    public async Task SaveRatedCountAsync(string workshopId, string proposalId, int round, RatedCount count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        var entity = new TableEntity(workshopId, WorkshopRows.RatedCount(proposalId, round)) { ["Count"] = count.Count, ["CountedAt"] = count.CountedAt };
        await Workshops.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<RatingContext> ReadContextAsync(string filter, string proposalId, int? round, CancellationToken cancellationToken)
    {
        Workshop? workshop = null;
        ProposalProgress? progress = null;
        RatedCount? lastCount = null;
        var roster = new List<Member>();
        var roleRows = new List<TableEntity>();
        var ratingRowsRead = new List<TableEntity>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            switch (entity.RowKey)
            {
                case WorkshopRows.Workshop:
                    workshop = WorkshopEntityMapper.ToWorkshop(entity);
                    break;
                case var key when key.StartsWith(WorkshopRows.ProposalPrefix, StringComparison.Ordinal):
                    progress = WorkshopEntityMapper.ToProgress(entity);
                    break;
                case var key when key.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal):
                    roster.Add(WorkshopEntityMapper.ToMember(entity));
                    break;
                case var key when key.StartsWith(WorkshopRows.RolePrefix, StringComparison.Ordinal):
                    roleRows.Add(entity);
                    break;
                case var key when key.StartsWith(WorkshopRows.RatedCountPrefix, StringComparison.Ordinal):
                    lastCount = new RatedCount(entity.GetInt32("Count") ?? 0, entity.GetDateTimeOffset("CountedAt") ?? DateTimeOffset.MinValue);
                    break;
                default:
                    ratingRowsRead.Add(entity);
                    break;
            }
        }

        var roundPrefix = WorkshopRows.RoundRatingsPrefix(proposalId, round ?? progress?.Round ?? 1);
        var ratings = new List<RatingEntry>();
        var activityIds = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entity in ratingRowsRead.Where(e => e.RowKey.StartsWith(roundPrefix, StringComparison.Ordinal)))
        {
            var rating = WorkshopEntityMapper.ToRating(entity);
            ratings.Add(rating);
            activityIds[rating.ParticipantId] = entity.GetString("ActivityId");
        }

        return new RatingContext(workshop is null ? null : RoleRows.WithRoles(workshop, roleRows), progress, roster, ratings, activityIds) { LastCount = lastCount };
    }

    public async Task<IReadOnlyList<RatingEntry>> GetRatingsAsync(string workshopId, string proposalId, int round, CancellationToken cancellationToken)
    {
        var prefix = WorkshopRows.RoundRatingsPrefix(proposalId, round);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var ratings = new List<RatingEntry>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            ratings.Add(WorkshopEntityMapper.ToRating(entity));
        }

        return ratings;
    }

    /// <summary>
    /// The rating and its history entry, in one entity-group transaction: both or neither. The history
    /// entry is inserted under the delivering activity's id, so a second delivery of that activity,
    /// even one racing the first, fails as a whole and stores nothing: then this answers false.
    /// </summary>
    public async Task<bool> SaveRatingAsync(string workshopId, string proposalId, int round, RatingEntry rating, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var current = WorkshopEntityMapper.ToEntity(workshopId, WorkshopRows.Rating(proposalId, round, rating.ParticipantId), rating, activityId);
        var history = WorkshopEntityMapper.ToEntity(workshopId, WorkshopRows.History(proposalId, round, rating.ParticipantId, activityId, rating.UpdatedAt), rating, activityId);
        try
        {
            await Workshops.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, current),
                    new TableTransactionAction(TableTransactionActionType.Add, history),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // The history entry exists: this activity was stored already, perhaps by the first try of this very request.
            return false;
        }
    }
}
