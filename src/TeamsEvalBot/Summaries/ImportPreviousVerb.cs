using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>Saves the import card: an ended workshop started on the paper round's date, with an agreed position per chosen level.</summary>
public sealed class ImportPreviousVerb(
    ImportAuthority authority,
    PartnershipRegistry registry,
    ImportedWorkshopStore imported,
    AgreedPositionStore positions,
    FrameworkCatalogue frameworks,
    TimeProvider clock,
    ILogger<ImportPreviousVerb> logger) : ICardVerb
{
    public const string Rationale = "Imported from the previous self-evaluation on paper";

    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = request.Turn;
        var framework = frameworks.Default;
        var partnership = request.Text("partnership")?.Trim() ?? string.Empty;
        var importId = request.Text("importId") ?? string.Empty;
        if (partnership.Length == 0 || partnership.Length > PartnershipName.MaxLength
            || !CardVerbRequest.WorkshopIdShape().IsMatch(importId)
            || !DateOnly.TryParseExact(request.Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ErrorCard.Build(CardElements.Text("This card is incomplete, so nothing was imported."), $"Type {turn.CommandPrefix}import previous again.");
        }

        var (registered, refusal) = await authority.CheckAsync(turn, partnership, date, cancellationToken);
        if (refusal is null && !await authority.TryCountAsync(turn, cancellationToken))
        {
            refusal = $"You have made {ImportAuthority.ImportsPerDay} imports in the last day. Try again tomorrow.";
        }

        registered ??= refusal is null ? await registry.RegisterAsync(turn.Activity.TenantId ?? string.Empty, partnership, new Steward(turn.PersonId, turn.Activity.From?.AadObjectId, turn.PersonName), cancellationToken) : null;
        if (registered is null)
        {
            refusal ??= "That partnership is not registered.";
            ProgressLog.ImportRefused(logger, turn.PersonId, refusal);
            return ImportPreviousCard.Build(framework, partnership, date, importId, $"Nothing was imported. {refusal}");
        }

        var importer = new Person(turn.PersonId, turn.PersonName);
        var now = clock.GetUtcNow();
        var workshop = new Workshop(
            importId,
            turn.Activity.Conversation?.Id ?? string.Empty,
            turn.Activity.ServiceUrl ?? string.Empty,
            registered.Name,
            framework.Id,
            new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            [importer],
            WorkshopSettings.Default,
            WorkshopStatus.Ended,
            MemberCount: 0)
        {
            TenantId = turn.Activity.TenantId ?? string.Empty,
            PartnershipId = registered.Id,
        };
        if (!await imported.TryRecordAsync(workshop, now, cancellationToken))
        {
            return ImportPreviousCard.Build(framework, partnership, date, importId, "This previous round was imported already; nothing more was saved.");
        }

        var agreed = 0;
        foreach (var proposal in framework.Proposals.Where(p => p.IsRateable))
        {
            if (int.TryParse(request.Text(ImportPreviousCard.InputId(proposal.Id)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank)
                && framework.Levels.Any(l => l.Rank == rank))
            {
                await positions.SaveAsync(workshop.Id, null, new AgreedPosition(proposal.Id, 1, rank, Rationale, string.Empty, [], importer, now), null, cancellationToken);
                agreed++;
            }
        }

        ProgressLog.Imported(logger, workshop.Id, agreed);
        return CardElements.Card(
        [
            CardElements.Heading(ImportPreviousCard.Title),
            CardElements.Text($"Saved: {agreed.ToString(CultureInfo.InvariantCulture)} agreed {(agreed == 1 ? "level" : "levels")} from the previous round. Type {turn.CommandPrefix}compare once this round's positions are agreed."),
        ]);
    }
}
