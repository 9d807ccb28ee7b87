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
        await TenantWorkshopListing.AddAsync(store, started, cancellationToken);
        await SaveMembersAsync(started.Id, roster, cancellationToken);
        try
        {
            // Last, with the starter's role row and the live row: a workshop row means a finished start.
            await Workshops.SubmitTransactionAsync([.. RoleRows.AddWithWorkshop(started), new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(started.Id, WorkshopRows.Live))], cancellationToken);
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

    /// <summary>Ends the workshop if nobody changed it since <paramref name="etag"/>, deleting its live row in the same transaction.</summary>
    public async Task EndAsync(Workshop ended, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        try
        {
            await Workshops.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, WorkshopEntityMapper.ToEntity(ended), etag),
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ended.Id, WorkshopRows.Live), ETag.All),
                ],
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrentChangeException($"Workshop {ended.Id} was changed by someone else.", ex);
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

    public async Task<IReadOnlyList<Member>> GetMembersAsync(string workshopId, CancellationToken cancellationToken) =>
        [.. (await RangeAsync(workshopId, WorkshopRows.MemberPrefix, cancellationToken)).Select(WorkshopEntityMapper.ToMember)];

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

    public async Task<IReadOnlyList<ProposalProgress>> GetAllProgressAsync(string workshopId, CancellationToken cancellationToken) =>
        [.. (await RangeAsync(workshopId, WorkshopRows.ProposalPrefix, cancellationToken)).Select(WorkshopEntityMapper.ToProgress)];

    /// <summary>Records a newly posted proposal, and opens its first round if it is rated; false if it was already posted.</summary>
    public async Task<bool> TryAddProgressAsync(string workshopId, ProposalProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, WorkshopEntityMapper.ToEntity(workshopId, progress))];
        if (progress.AcceptsRatings)
        {
            actions.Add(OpenRound(workshopId, progress));
        }

        try
        {
            await Workshops.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Moves a proposal on, if nobody changed it since it was read. Leaving "open" removes the
    /// round's open row in the same transaction: from then on no rating of the round can be stored.
    /// </summary>
    public async Task UpdateProgressAsync(string workshopId, Stored<ProposalProgress> before, ProposalProgress after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, WorkshopEntityMapper.ToEntity(workshopId, after), before.ETag)];
        if (before.Value.AcceptsRatings && !after.AcceptsRatings)
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(workshopId, WorkshopRows.OpenRound(before.Value.ProposalId, before.Value.Round)), ETag.All));
        }

        try
        {
            await Workshops.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrentChangeException($"Proposal {after.ProposalId} was changed by someone else.", ex);
        }
    }

    /// <summary>
    /// Opens the proposal's next round, on the ETag of the round that ends, and keeps the ended
    /// round's card (it stays in the chat, showing that round's evidence) in the same transaction.
    /// </summary>
    public async Task OpenNextRoundAsync(string workshopId, ProposalProgress next, ETag etag, PostedCard? endedRoundCard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, WorkshopEntityMapper.ToEntity(workshopId, next), etag), OpenRound(workshopId, next)];
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
    /// A card's model: the workshop, the proposal's progress, the roster (or, for one person's own
    /// view, <paramref name="onlyMemberId"/>'s row) and the ratings of the round. Point reads and
    /// RowKey ranges of this partition, made together: one round trip. A null <paramref name="round"/>
    /// means the proposal's current round; then every round's ratings are read, as the round is not
    /// known until the proposal row arrives.
    /// </summary>
    public async Task<RatingContext> GetRatingContextAsync(string workshopId, string proposalId, int? round, CancellationToken cancellationToken, string? onlyMemberId = null)
    {
        var workshop = GetAsync(workshopId, cancellationToken);
        var progress = GetProgressAsync(workshopId, proposalId, cancellationToken);
        var members = onlyMemberId is null ? GetMembersAsync(workshopId, cancellationToken) : OneMemberAsync(workshopId, onlyMemberId, cancellationToken);
        var ratings = RangeAsync(workshopId, round is { } known ? WorkshopRows.RoundRatingsPrefix(proposalId, known) : WorkshopRows.RatingsPrefix(proposalId), cancellationToken);
        await Task.WhenAll(workshop, progress, members, ratings);

        var roundPrefix = WorkshopRows.RoundRatingsPrefix(proposalId, round ?? progress.Result?.Value.Round ?? 1);
        var ofRound = ratings.Result.Where(e => e.RowKey.StartsWith(roundPrefix, StringComparison.Ordinal)).Select(WorkshopEntityMapper.ToRating).ToList();
        return new RatingContext(workshop.Result?.Value, progress.Result?.Value, members.Result, ofRound);
    }

    /// <summary>
    /// What a rating reads before it is stored: the workshop row, the rater's roster row and their
    /// role row, three point reads made together. The workshop's lists then hold the rater's role
    /// at most; its count of observers is whole.
    /// </summary>
    public async Task<(Workshop? Workshop, Member? Rater)> GetRaterAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var workshop = Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Workshop, cancellationToken: cancellationToken);
        var rater = GetMemberAsync(workshopId, personId, cancellationToken);
        var role = Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Role(personId), cancellationToken: cancellationToken);
        await Task.WhenAll(workshop, rater, role);
        return (
            workshop.Result.HasValue ? RoleRows.WithRoles(WorkshopEntityMapper.ToWorkshop(workshop.Result.Value!), role.Result.HasValue ? [role.Result.Value!] : []) : null,
            rater.Result);
    }

    public async Task<IReadOnlyList<RatingEntry>> GetRatingsAsync(string workshopId, string proposalId, int round, CancellationToken cancellationToken) =>
        [.. (await RangeAsync(workshopId, WorkshopRows.RoundRatingsPrefix(proposalId, round), cancellationToken)).Select(WorkshopEntityMapper.ToRating)];

    /// <summary>
    /// The rating and its history entry, in one entity-group transaction with a touch of the round's
    /// open row and the workshop's live row: all or nothing. Once close or end has deleted either row
    /// the whole transaction fails, so a rating is stored if and only if its round and workshop were
    /// still open. A touch asks only that the row exists (If-Match *), so ratings never conflict with
    /// each other. The history
    /// entry is inserted under the delivering activity's id, so a second delivery of that activity,
    /// even one racing the first, fails as a whole and stores nothing.
    /// </summary>
    public async Task<RatingSave> SaveRatingAsync(string workshopId, string proposalId, int round, RatingEntry rating, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var current = WorkshopEntityMapper.ToEntity(workshopId, WorkshopRows.Rating(proposalId, round, rating.ParticipantId), rating, activityId);
        var history = WorkshopEntityMapper.ToEntity(workshopId, WorkshopRows.History(proposalId, round, rating.ParticipantId, activityId, rating.UpdatedAt), rating, activityId);
        try
        {
            await Workshops.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(workshopId, WorkshopRows.OpenRound(proposalId, round)), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(workshopId, WorkshopRows.Live), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, current),
                    new TableTransactionAction(TableTransactionActionType.Add, history),
                ],
                cancellationToken);
            return RatingSave.Saved;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            return RatingSave.RoundNotOpen;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // The history entry exists: this activity was stored already, perhaps by the first try of this very request.
            return RatingSave.AlreadyStored;
        }
    }

    private static TableTransactionAction OpenRound(string workshopId, ProposalProgress progress) =>
        new(TableTransactionActionType.Add, new TableEntity(workshopId, WorkshopRows.OpenRound(progress.ProposalId, progress.Round)));

    private async Task<IReadOnlyList<Member>> OneMemberAsync(string workshopId, string personId, CancellationToken cancellationToken) =>
        await GetMemberAsync(workshopId, personId, cancellationToken) is { } member ? [member] : [];

    private async Task<List<TableEntity>> RangeAsync(string workshopId, string prefix, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var rows = new List<TableEntity>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }
}

/// <summary>What became of a rating sent to storage.</summary>
public enum RatingSave
{
    Saved,

    /// <summary>This activity's rating was stored before: a repeated delivery.</summary>
    AlreadyStored,

    /// <summary>The round is not open (closed, revealed, superseded or never posted) or the workshop has ended: nothing was stored.</summary>
    RoundNotOpen,
}
