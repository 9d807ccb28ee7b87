using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Workshops.Cards.Proposals;
using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Participants;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Workshops.Cards;

/// <summary>The card for a new workshop: what is being evaluated, who facilitates, and the settings.</summary>
public static class WorkshopCard
{
    public static JsonObject Build(Workshop workshop, Framework framework, string? notice = null)
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
            ["value"] = settings.Anonymity.ToString().ToLowerInvariant(),
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
            ["value"] = settings.BlindUntilReveal ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Number",
            ["id"] = "minimumGroupSize",
            ["label"] = "Smallest group shown in the breakdown by organisation",
            ["min"] = 1,
            ["max"] = 50,
            ["value"] = settings.MinimumGroupSize,
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = "domains",
            ["label"] = "Email domains of partner organisations, one per line (for example: angus.gov.uk = local authority)",
            ["isMultiline"] = true,
            ["maxLength"] = 2000,
            ["value"] = DomainLines(settings.Domains),
        });
        body.Add(ProposalCardParts.ActionSet(ProposalCardParts.Execute("Save settings", CardVerbs.Settings, new JsonObject { ["workshopId"] = workshop.Id })));
        return CardElements.Card(body);
    }

    public static string DomainLines(IReadOnlyDictionary<string, PartnerOrganisation> domains) =>
        string.Join('\n', domains.OrderBy(d => d.Key, StringComparer.OrdinalIgnoreCase).Select(d => $"{d.Key} = {d.Value.DisplayName().ToLowerInvariant()}"));
}
