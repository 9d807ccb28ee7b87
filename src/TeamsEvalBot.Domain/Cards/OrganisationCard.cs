using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>Asks which partner organisation a person speaks for.</summary>
public static class OrganisationCard
{
    public const string Question = "Which organisation do you speak for?";

    public static JsonObject Build(string workshopId, PartnerOrganisation current, string? notice = null)
    {
        var body = new List<JsonNode>(QuestionElements(new JsonObject { ["workshopId"] = workshopId }, current));
        if (notice is not null)
        {
            body.Insert(1, CardElements.Text(notice));
        }

        return CardElements.Card(body);
    }

    /// <summary>
    /// The question as card elements, to ask inside another card; <paramref name="data"/> goes back
    /// with the answer. Not a required input, so it never blocks the other buttons on the card.
    /// </summary>
    public static IEnumerable<JsonNode> QuestionElements(JsonObject data, PartnerOrganisation current)
    {
        yield return CardElements.Subheading(Question);
        yield return CardElements.Text("The results show how each partner organisation rated. Choose the one you speak for in this workshop.");
        yield return new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "organisation",
            ["label"] = "Partner organisation",
            ["style"] = "expanded",
            ["wrap"] = true,
            ["value"] = current == PartnerOrganisation.Unknown ? null : current.ToString(),
            ["choices"] = new JsonArray([.. PartnerOrganisations.Choosable.Select(o => (JsonNode)new JsonObject { ["title"] = o.DisplayName(), ["value"] = o.ToString() })]),
        };
        yield return ProposalCardParts.ActionSet(ProposalCardParts.Execute("Save my organisation", CardVerbs.ChooseOrganisation, data));
    }
}
