using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>The card for a new workshop: what is being evaluated, who facilitates, and the settings.</summary>
public static class WorkshopCard
{
    /// <summary>Maximum length of the domain lines, as the input allows.</summary>
    public const int MaxDomainsLength = 2000;

    /// <param name="submitted">What the facilitator sent, shown in the form instead of the stored settings after a refused save.</param>
    public static JsonObject Build(Workshop workshop, Framework framework, string? notice = null, SubmittedSettings? submitted = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(framework);
        var settings = workshop.Settings;
        var body = new List<JsonNode>
        {
            CardElements.Heading("Self-evaluation workshop"),
            InertText.Paragraph(InertText.Typed(workshop.Partnership)),
            CardElements.Facts(
            [
                ("Framework", framework.Name),
                ("Proposals", $"{framework.Proposals.Count(p => p.IsRateable)} to rate, {framework.Proposals.Count(p => !p.IsRateable)} for information"),
                ("Members", workshop.MemberCount.ToString(CultureInfo.InvariantCulture)),
            ]),

            // Display names are typed by people, so they are shown as inert text.
            InertText.Paragraph(InertText.Run("Facilitator: "), InertText.Typed(string.Join(", ", workshop.Facilitators.Select(f => f.Name)))),
        };
        if (notice is not null)
        {
            // Notices name people, whose display names are shown as typed.
            body.Add(InertText.Paragraph(InertText.Run(notice)));
        }

        body.Add(CardElements.Subheading("Settings"));
        body.Add(CardElements.Text("Only facilitators can change these settings.", subtle: true));
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "anonymity",
            ["label"] = "Show who rated what after the reveal",
            ["style"] = "expanded",
            ["wrap"] = true,
            ["value"] = submitted?.Anonymity is "named" or "anonymous" ? submitted.Anonymity : settings.Anonymity.ToString().ToLowerInvariant(),
            ["choices"] = new JsonArray(
                new JsonObject { ["title"] = "Named: show names and organisations with the evidence", ["value"] = "named" },
                new JsonObject { ["title"] = "Anonymous: show counts and evidence only", ["value"] = "anonymous" }),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = "blind",
            ["label"] = "Blind until reveal",
            ["title"] = "Hide the results until the facilitator reveals them",
            ["wrap"] = true,
            ["value"] = submitted?.Blind is "true" or "false" ? submitted.Blind : settings.BlindUntilReveal ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
        });
        var minimum = new JsonObject
        {
            ["type"] = "Input.Number",
            ["id"] = "minimumGroupSize",
            ["label"] = "Smallest group shown in the breakdown by organisation",
            ["min"] = 1,
            ["max"] = 50,
        };
        if (MinimumValue(settings, submitted) is { } value)
        {
            minimum["value"] = value;
        }

        body.Add(minimum);
        body.Add(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = "domains",
            ["label"] = "Email domains of partner organisations, one per line (for example: angus.gov.uk = local authority)",
            ["isMultiline"] = true,
            ["maxLength"] = MaxDomainsLength,
            ["value"] = submitted?.Domains is { } typed ? Clip(InertText.WithoutControlCharacters(typed)) : DomainLines(settings.Domains),
        });
        body.Add(ProposalCardParts.ActionSet(ProposalCardParts.Execute("Save settings", CardVerbs.Settings, new JsonObject { ["workshopId"] = workshop.Id })));
        return CardElements.Card(body);
    }

    // A number typed out of range comes back as typed; anything that is not a number comes back blank, as it was sent.
    private static JsonNode? MinimumValue(WorkshopSettings settings, SubmittedSettings? submitted) =>
        submitted?.MinimumGroupSize is not { } typed ? settings.MinimumGroupSize
        : int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole
        : double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number
        : null;

    private static string Clip(string text) => text.Length <= MaxDomainsLength ? text : text[..MaxDomainsLength];

    public static string DomainLines(IReadOnlyDictionary<string, PartnerOrganisation> domains) =>
        string.Join('\n', domains.OrderBy(d => d.Key, StringComparer.OrdinalIgnoreCase).Select(d => $"{d.Key} = {d.Value.DisplayName().ToLowerInvariant()}"));
}
