using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>The pieces every view of a proposal card shares: heading, levels, the rating form, the count.</summary>
internal static class ProposalCardParts
{
    public static IEnumerable<JsonNode> Header(ProposalCardModel model)
    {
        yield return CardElements.Text($"Key feature {model.KeyFeature.Id}: {model.KeyFeature.Title}", subtle: true);
        yield return CardElements.Heading($"Proposal {model.Proposal.Id}");
        yield return CardElements.Text(model.Proposal.Text);
        yield return InertText.Paragraph(InertText.Typed(model.Workshop.Partnership), InertText.Run($" · Round {model.Progress.Round}"));
    }

    /// <summary>Each level with its indicator text, so people can rate without leaving the card.</summary>
    public static IEnumerable<JsonNode> Levels(ProposalCardModel model)
    {
        yield return CardElements.Subheading("The levels");
        foreach (var level in model.Framework.Levels)
        {
            yield return new JsonObject
            {
                ["type"] = "Container",
                ["spacing"] = "Small",
                ["items"] = new JsonArray(
                    CardElements.MinorHeading(level.Name),
                    CardElements.Text(model.Proposal.Indicators[level.Rank])),
            };
        }
    }

    /// <summary>The form. Values are filled in with the person's own rating when they change it.</summary>
    public static IEnumerable<JsonNode> RatingForm(ProposalCardModel model, RatingEntry? own) =>
        RatingForm(model, new SubmittedRating(own?.LevelRank.ToString(CultureInfo.InvariantCulture), own?.Evidence, own?.SuggestedAction), own is null ? "Rate" : "Change my rating");

    public static IEnumerable<JsonNode> RatingForm(ProposalCardModel model, SubmittedRating values, string buttonTitle)
    {
        yield return new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "level",
            ["label"] = "Your rating",
            ["style"] = "expanded",
            ["wrap"] = true,
            ["isRequired"] = true,
            ["errorMessage"] = "Choose a level.",
            ["choices"] = new JsonArray([.. model.Framework.Levels.Select(l => (JsonNode)new JsonObject { ["title"] = l.Name, ["value"] = l.Rank.ToString(CultureInfo.InvariantCulture) })]),
            ["value"] = model.Framework.Levels.Any(l => l.Rank.ToString(CultureInfo.InvariantCulture) == values.Level) ? values.Level : null,
        };
        yield return new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = "evidence",
            ["label"] = $"Your evidence (up to {RatingRules.MaxEvidenceLength:N0} characters)",
            ["isMultiline"] = true,
            ["maxLength"] = RatingRules.MaxEvidenceLength,
            ["placeholder"] = "What shows this level? For example, a report, a decision or an outcome.",
            ["value"] = values.Evidence,
        };
        yield return new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = "suggestedAction",
            ["label"] = $"Suggested improvement action (optional, up to {RatingRules.MaxActionLength:N0} characters)",
            ["isMultiline"] = true,
            ["maxLength"] = RatingRules.MaxActionLength,
            ["value"] = values.SuggestedAction,
        };
        yield return ActionSet(Execute(buttonTitle, CardVerbs.Rate, Data(model)));
    }

    public static JsonObject RatedCount(ProposalCardModel model) =>
        CardElements.Text($"{model.RatedCount} of {model.Workshop.RaterCount} have rated.");

    public static JsonObject Data(ProposalCardModel model, int? page = null)
    {
        var data = new JsonObject
        {
            ["workshopId"] = model.Workshop.Id,
            ["proposalId"] = model.Proposal.Id,
            ["round"] = model.Progress.Round,
        };
        if (page is { } p)
        {
            data["page"] = p;
        }

        return data;
    }

    /// <summary>Action.Execute, falling back to Action.Submit on clients without Universal Actions.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data)
    {
        var submitData = (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
        };
    }

    public static JsonObject ActionSet(params JsonNode[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions),
    };

    /// <summary>Teams refreshes the card for up to 60 listed people; with more, people refresh from the card menu.</summary>
    public static JsonObject Refresh(ProposalCardModel model) => new()
    {
        ["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = "Refresh",
            ["verb"] = CardVerbs.Refresh,
            ["data"] = Data(model),
        },
        ["userIds"] = new JsonArray([.. model.RefreshUserIds.Count <= 60 ? model.RefreshUserIds.Select(id => (JsonNode)id) : []]),
    };
}
