using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>
/// A facilitator saves the workshop settings. The save quotes the ETag it read, so two
/// facilitators saving at once cannot silently overwrite each other: the second is told.
/// </summary>
public sealed class SettingsVerb(WorkshopStore store, FrameworkCatalogue frameworks, FacilitatorGuard guard, ILogger<SettingsVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await request.WorkshopAsync(store, cancellationToken);
        if (stored is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown workshop");
            return ErrorCard.Build(CardElements.Text("I cannot find the workshop this card belongs to. Nothing was saved."), "Type status to see this conversation's workshop.");
        }

        var workshop = stored.Value;
        var framework = frameworks.For(workshop);
        if (guard.Refusal(turn, workshop, "change the settings") is { } refusal)
        {
            return refusal;
        }

        if (Parse(request, workshop.Settings) is not { } settings)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "bad settings");
            // The form comes back as sent, so the facilitator corrects the one field rather than choosing everything again (WCAG 3.3.7).
            var submitted = new SubmittedSettings(request.Text("anonymity"), request.Text("blind"), request.Text("minimumGroupSize"), request.Text("domains"));
            return WorkshopCard.Build(workshop, framework, "The settings were not saved. The smallest group must be a whole number from 1 to 50, and each domain line must look like: angus.gov.uk = local authority.", submitted);
        }

        var changed = workshop with { Settings = settings };
        if (!await ConcurrentChanges.SavedAsync(() => store.UpdateAsync(changed, stored.ETag, cancellationToken), logger, workshop.Id))
        {
            var latest = await store.GetAsync(workshop.Id, cancellationToken);
            return WorkshopCard.Build(latest!.Value, framework, "Another facilitator saved the settings at the same moment, so yours were not saved. These are the latest settings. Change them again if you need to.");
        }

        return WorkshopCard.Build(changed, framework, "Settings saved.");
    }

    private static WorkshopSettings? Parse(CardVerbRequest request, WorkshopSettings current)
    {
        // An input that is absent keeps its setting; one of the wrong shape refuses the save.
        var anonymity = request.Data["anonymity"] is null ? current.Anonymity : request.Text("anonymity") switch
        {
            "named" => Anonymity.Named,
            "anonymous" => Anonymity.Anonymous,
            _ => (Anonymity?)null,
        };
        var blind = request.Data["blind"] is null ? current.BlindUntilReveal : request.Text("blind") switch
        {
            "true" => true,
            "false" => false,
            _ => (bool?)null,
        };
        var minimum = request.Data["minimumGroupSize"] is null ? current.MinimumGroupSize : request.Number("minimumGroupSize");
        var domains = request.Text("domains") is { } lines ? ParseDomains(lines) : current.Domains;
        return anonymity is null || blind is null || minimum is not (>= 1 and <= 50) || domains is null
            ? null
            : new WorkshopSettings(anonymity.Value, blind.Value, minimum.Value, domains);
    }

    private static Dictionary<string, PartnerOrganisation>? ParseDomains(string lines)
    {
        var domains = new Dictionary<string, PartnerOrganisation>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !System.Text.RegularExpressions.Regex.IsMatch(parts[0], @"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$") || !PartnerOrganisations.TryParse(parts[1], out var organisation))
            {
                return null;
            }

            domains[parts[0]] = organisation;
        }

        return domains;
    }
}
