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
        await TenantWorkshopListing.AddAsync(store, workshop, cancellationToken);
        await Workshops.AddEntityAsync(WorkshopEntityMapper.ToEntity(workshop), cancellationToken);
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
    /// is not needed there, and reading it on every rating would cost more than the rating.
    /// A null <paramref name="round"/> means the proposal's current round, read in the same query.
    /// </summary>
    public async Task<RatingContext> GetRatingContextAsync(string workshopId, string proposalId, int? round, CancellationToken cancellationToken, string? onlyMemberId = null)
    {
        var prefix = round is { } known ? WorkshopRows.RoundRatingsPrefix(proposalId, known) : WorkshopRows.RatingsPrefix(proposalId);
        var rosterRows = onlyMemberId is null
            ? TableClient.CreateQueryFilter($"RowKey ge {WorkshopRows.MemberPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.MemberPrefix)}")
            : TableClient.CreateQueryFilter($"RowKey eq {WorkshopRows.Member(onlyMemberId)}");
        var headers = TableClient.CreateQueryFilter($"RowKey eq {WorkshopRows.Workshop} or RowKey eq {WorkshopRows.Proposal(proposalId)}");
        var ratingRows = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}")} and ({headers} or ({ratingRows}) or ({rosterRows}))";
        return await ReadContextAsync(filter, proposalId, round, cancellationToken);
    }

    /// <summary>
    /// The rating path's query in a blind workshop: the workshop, the proposal, the rater's roster
    /// row and own rating of the round, and the count the shared card last showed. Five rows at
    /// most: reading the round's every rating made each rating cost more the more had rated.
    /// </summary>
    public async Task<RatingContext> GetRaterContextAsync(string workshopId, string proposalId, int round, string personId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and (RowKey eq {WorkshopRows.Workshop} or RowKey eq {WorkshopRows.Proposal(proposalId)} or RowKey eq {WorkshopRows.Member(personId)} or RowKey eq {WorkshopRows.Rating(proposalId, round, personId)} or RowKey eq {WorkshopRows.RatedCount(proposalId, round)})");
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

        return new RatingContext(workshop, progress, roster, ratings, activityIds) { LastCount = lastCount };
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
