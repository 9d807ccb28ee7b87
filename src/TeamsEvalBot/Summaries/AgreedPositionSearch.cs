using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// The "Agreed positions" messaging extension (composeExtension/query): agreed positions the sender
/// may read, newest workshops first, found by proposal id or by words from the partnership's name
/// or the proposal. It reads stored rows only and stops early rather than miss Teams' 5 seconds.
/// </summary>
public sealed class AgreedPositionSearch(
    PartnershipIndexStore index,
    WorkshopStore store,
    AgreedPositionStore positions,
    SummaryReaders readers,
    FrameworkCatalogue frameworks,
    TimeProvider clock,
    ILogger<AgreedPositionSearch> logger) : IInvokeHandler
{
    public const string CommandId = "searchAgreedPositions";

    public const string HowToSearch = "Type a proposal number, such as 2.3, or words from a partnership's name or a proposal.";

    // Index rows are one per workshop; workshops read cost two or three point reads and one range query each.
    private const int IndexRowsSearched = 500;
    private const int MaxWorkshopsRead = 40;

    // Leaves room inside Teams' 5 seconds for the answer to travel.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public string InvokeName => "composeExtension/query";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var request = SearchRequest.Read(turn.Activity.Value);
        if (request.CommandId != CommandId)
        {
            SummaryLog.SearchRefused(logger, "unknown command");
            return ComposeExtensionResponse.Message("I do not know that search. Choose Agreed positions.");
        }

        var query = PositionQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return ComposeExtensionResponse.Message(HowToSearch);
        }

        var started = clock.GetTimestamp();
        var reader = Reader.Of(turn);
        var wanted = request.Skip + request.Count;
        var found = new List<PositionMatch>();
        var read = 0;
        foreach (var row in await index.GetAllWorkshopsAsync(turn.Activity.TenantId ?? string.Empty, IndexRowsSearched, cancellationToken))
        {
            if (found.Count >= wanted)
            {
                break;
            }

            if (read >= MaxWorkshopsRead || clock.GetElapsedTime(started) > Budget)
            {
                SummaryLog.SearchStoppedEarly(logger, read);
                break;
            }

            read++;
            var workshop = (await store.GetAsync(row.WorkshopId, cancellationToken))?.Value;
            if (workshop is null || !frameworks.TryGet(workshop.FrameworkId, out var framework) || !await readers.MayReadAsync(workshop, reader, cancellationToken))
            {
                continue;
            }

            var agreed = (await positions.GetAllAsync(workshop.Id, cancellationToken)).ToDictionary(p => p.ProposalId, StringComparer.OrdinalIgnoreCase);
            foreach (var feature in framework.KeyFeatures)
            {
                found.AddRange(feature.Proposals
                    .Where(p => agreed.ContainsKey(p.Id) && query.Matches(workshop.Partnership, feature, p))
                    .Select(p => new PositionMatch(framework, workshop, p, agreed[p.Id])));
            }
        }

        var today = UkTime.Today(clock);
        var page = found.Skip(request.Skip).Take(request.Count).ToList();
        var elapsed = (long)clock.GetElapsedTime(started).TotalMilliseconds;
        SummaryLog.Searched(logger, page.Count, read, elapsed);
        return ComposeExtensionResponse.Result(page.Select(m => (AgreedPositionResultCard.Build(m, today), AgreedPositionResultCard.Preview(m))));
    }
}
