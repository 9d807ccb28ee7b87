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

    private TableClient Workshops => store.Table(Tables.Workshops);

    private TableClient Conversations => store.Table(Tables.Conversations);

    /// <summary>The conversation's open workshop, if any.</summary>
    public async Task<Stored<Workshop>?> GetActiveAsync(string conversationId, CancellationToken cancellationToken)
    {
        var pointer = await Conversations.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(conversationId), ActiveWorkshopRow, cancellationToken: cancellationToken);
        return pointer.HasValue ? await GetAsync(pointer.Value!.GetString("WorkshopId"), cancellationToken) : null;
    }

    public async Task<Stored<Workshop>?> GetAsync(string workshopId, CancellationToken cancellationToken)
    {
        var entity = await Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Workshop, cancellationToken: cancellationToken);
        return entity.HasValue ? new Stored<Workshop>(WorkshopEntityMapper.ToWorkshop(entity.Value!), entity.Value!.ETag) : null;
    }

    /// <summary>
    /// Starts a workshop, unless the conversation already has an open one: the conversation's
    /// pointer is claimed first, so two simultaneous starts cannot both win.
    /// </summary>
    public async Task<bool> TryStartAsync(Workshop workshop, IReadOnlyList<Member> roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(roster);
        try
        {
            await Conversations.AddEntityAsync(new TableEntity(KeyEncoding.Encode(workshop.ConversationId), ActiveWorkshopRow) { ["WorkshopId"] = workshop.Id }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        // Indexed before it exists, so no stored workshop is ever missing from its tenant's index ("forget me" relies on it).
        await store.Table(Tables.TenantWorkshops).UpsertEntityAsync(TenantWorkshopRows.ToEntity(workshop), TableUpdateMode.Replace, cancellationToken);

        // Summaries find a partnership's workshops from any chat through this index.
        await store.Table(Tables.PartnershipWorkshops).UpsertEntityAsync(PartnershipWorkshopRows.ToEntity(workshop), TableUpdateMode.Replace, cancellationToken);
        await Workshops.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntityMapper.ToEntity(workshop)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(workshop.Id, WorkshopRows.Live)),
            ],
            cancellationToken);
        await SaveMembersAsync(workshop.Id, roster, cancellationToken);
        return true;
    }

    /// <summary>Replaces the workshop if nobody changed it since <paramref name="etag"/>.</summary>
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

    public async Task SaveMembersAsync(string workshopId, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        // A transaction holds at most 100 operations (Azurite misbehaves above that).
        foreach (var chunk in members.Chunk(100))
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

    /// <summary>What a rating reads before it is stored: the workshop row and the rater's roster row, two point reads made together.</summary>
    public async Task<(Workshop? Workshop, Member? Rater)> GetRaterAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var workshop = Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Workshop, cancellationToken: cancellationToken);
        var rater = GetMemberAsync(workshopId, personId, cancellationToken);
        await Task.WhenAll(workshop, rater);
        return (workshop.Result.HasValue ? WorkshopEntityMapper.ToWorkshop(workshop.Result.Value!) : null, rater.Result);
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
