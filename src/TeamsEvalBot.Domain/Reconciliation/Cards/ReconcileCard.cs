using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Reconciliation.Cards;

/// <summary>
/// The facilitator's card for agreeing a position: the spread, the organisation split, the flags,
/// the evidence, how the ratings moved between rounds, a suggested level, and the form to record
/// the agreed level, rationale, dissent and improvement actions.
/// </summary>
public static class ReconcileCard
{
    public static JsonObject Build(ReconcileModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var current = model.Current;
        var levels = current.Framework.Levels;
        var tally = current.Tally();
        var body = new List<JsonNode>
        {
            CardElements.Text($"Key feature {current.KeyFeature.Id}: {current.KeyFeature.Title}", subtle: true),
            CardElements.Heading($"Reconcile proposal {current.Proposal.Id}"),
            CardElements.Text(current.Proposal.Text),
            InertText.Paragraph(InertText.Typed(current.Workshop.Partnership), InertText.Run($" · Round {current.Progress.Round} · {current.RatedCount} of {current.Workshop.RaterCount} rated")),
        };
        if (model.Notice is not null)
        {
            body.Add(model.NoticeIsGood
                ? CardElements.Text(model.Notice)
                : new JsonObject { ["type"] = "TextBlock", ["text"] = model.Notice, ["color"] = "Attention", ["weight"] = "Bolder", ["wrap"] = true });
        }

        body.AddRange(Movement(model));
        if (tally.Count > 0)
        {
            body.AddRange(TallySection.Build(current, tally));
        }

        // One excerpt a level keeps room for the form; the proposal card pages through the rest.
        body.AddRange(EvidenceSection.Build(current, page: 0, perLevel: 1));
        if (EvidenceSection.HasMorePages(current, page: 0) || current.Ratings.Count(r => !string.IsNullOrWhiteSpace(r.Evidence)) > levels.Count)
        {
            body.Add(CardElements.Text("More evidence is on the proposal card: choose More evidence there.", subtle: true));
        }
        var suggested = SuggestedLevel.From(tally, levels);
        body.Add(CardElements.Subheading("Agreed position"));
        body.Add(CardElements.Text(suggested is { } s ? $"Suggested level: {levels[s.Rank].Name}. {s.Reason}" : "Nobody has rated this round, so there is no suggested level."));
        if (model.Agreed is { } agreed)
        {
            body.Add(InertText.Paragraph(
                InertText.Run($"Agreed as {levels[agreed.LevelRank].Name} by "),
                InertText.Typed(agreed.AgreedBy.Name),
                InertText.Run($" on {agreed.AgreedAt:d MMMM yyyy 'at' HH:mm} (UTC). Change it below if the partners agree something else.")));
        }

        body.AddRange(Form(model, suggested?.Rank));
        return CardElements.Card(body);
    }

    private static IEnumerable<JsonNode> Movement(ReconcileModel model)
    {
        if (model.EarlierRounds.Count == 0)
        {
            yield break;
        }

        var levels = model.Current.Framework.Levels;
        var rounds = model.EarlierRounds.Append((model.Current.Progress.Round, model.Current.Tally())).ToList();
        yield return CardElements.Subheading("How the ratings moved between rounds");
        yield return CardElements.Text("Rounds " + string.Join(", ", rounds.Select(r => r.Item1)) + ". Each line shows the count at that level in each round.", subtle: true);
        foreach (var level in levels)
        {
            yield return CardElements.Text($"{level.Name}: {string.Join(" → ", rounds.Select(r => r.Item2.CountsByRank[level.Rank]))}");
        }
    }

    private static IEnumerable<JsonNode> Form(ReconcileModel model, int? suggestedRank)
    {
        var levels = model.Current.Framework.Levels;
        var input = model.Input;
        var agreed = model.Agreed;
        var level = input?.Level ?? agreed?.LevelRank.ToString(CultureInfo.InvariantCulture) ?? suggestedRank?.ToString(CultureInfo.InvariantCulture);
        yield return new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "agreedLevel",
            ["label"] = "Agreed level",
            ["style"] = "expanded",
            ["isRequired"] = true,
            ["errorMessage"] = "Choose the agreed level.",
            ["value"] = levels.Any(l => l.Rank.ToString(CultureInfo.InvariantCulture) == level) ? level : null,
            ["choices"] = new JsonArray([.. levels.Select(l => (JsonNode)new JsonObject { ["title"] = l.Name, ["value"] = l.Rank.ToString(CultureInfo.InvariantCulture) })]),
        };
        yield return TextInput("rationale", $"Rationale (required, up to {AgreementRules.MaxTextLength:N0} characters)", input?.Rationale ?? agreed?.Rationale, AgreementRules.MaxTextLength, required: true);
        yield return TextInput("dissent", $"Dissent (optional, up to {AgreementRules.MaxDissentLength:N0} characters)", input?.Dissent ?? agreed?.Dissent, AgreementRules.MaxDissentLength, required: false);
        yield return CardElements.Subheading("Improvement actions");
        yield return CardElements.Text("Fill in one block for each action. Leave a block empty to skip it. A timescale is a date, such as 31/03/2027, or words, such as Ongoing.", subtle: true);
        for (var i = 0; i < model.ActionSlots; i++)
        {
            var typed = input is not null && i < input.Actions.Count ? input.Actions[i] : null;
            var saved = agreed is not null && i < agreed.Actions.Count ? agreed.Actions[i] : null;
            yield return ActionBlock(i, typed ?? (saved is null ? null : new ActionInput(saved.Action, saved.LeadId ?? saved.Lead, saved.Partner.ToString(), saved.Timescale.Text, saved.Status.ToString())), model.Current.People);
        }

        var data = new JsonObject
        {
            ["workshopId"] = model.Current.Workshop.Id,
            ["proposalId"] = model.Current.Proposal.Id,
            ["round"] = model.Current.Progress.Round,
            ["version"] = model.Version ?? string.Empty,
            ["slots"] = model.ActionSlots,
        };
        var more = (JsonObject)data.DeepClone();
        more["slots"] = model.ActionSlots + 1;
        var buttons = new List<JsonNode> { ProposalCardParts.Execute("Save agreed position", CardVerbs.Agree, data) };
        if (model.ActionSlots < ReconcileModel.MaxActions)
        {
            buttons.Add(ProposalCardParts.Execute("Add another action", CardVerbs.Reconcile, more));
        }

        // One button a row, so neither is cut off on a phone.
        foreach (var button in buttons)
        {
            yield return ProposalCardParts.ActionSet(button);
        }
    }

    // Five action blocks of this many people stay inside Teams' 40 KB, beside the rest of the card.
    private const int MaxLeadChoices = 8;

    private static JsonObject ActionBlock(int index, ActionInput? values, IReadOnlyList<Participants.Member> people)
    {
        var number = index + 1;
        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["items"] = new JsonArray(
                CardElements.MinorHeading($"Action {number}"),
                TextInput($"action{number}", $"Action {number}: what will be done", values?.Action, AgreementRules.MaxActionFieldLength, required: false),
                LeadInput(number, values?.Lead, people),
                Choice($"partner{number}", $"Action {number}: partner organisation", values?.Partner, PartnerOrganisations.Choosable.Select(o => (o.DisplayName(), o.ToString()))),
                TextInput($"timescale{number}", $"Action {number}: timescale", values?.Timescale, AgreementRules.MaxTimescaleLength, required: false, multiline: false),
                Choice($"status{number}", $"Action {number}: status", values?.Status ?? nameof(ActionStatus.Planned), Enum.GetValues<ActionStatus>().Select(s => (s.DisplayName(), s.ToString())))),
        };
    }

    private static JsonObject TextInput(string id, string label, string? value, int maxLength, bool required, bool multiline = true)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["label"] = label,
            ["isMultiline"] = multiline,
            ["maxLength"] = maxLength,
            ["value"] = value,
        };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = "Write the rationale for the agreed level.";
        }

        return input;
    }

    /// <summary>
    /// A lead is chosen with the Teams people picker, and kept by id. A lead typed as free text before
    /// stays a text box, so it can still be read and saved as it was; with nobody on the roster, the
    /// lead is typed too.
    /// </summary>
    private static JsonObject LeadInput(int number, string? value, IReadOnlyList<Participants.Member> people)
    {
        var chosen = people.FirstOrDefault(p => p.Id == value || (value is not null && p.AadObjectId == value));
        var fromDirectory = value is not null && chosen is null && Guid.TryParse(value, out _);
        if (people.Count == 0 || (!string.IsNullOrEmpty(value) && chosen is null && !fromDirectory))
        {
            return TextInput($"lead{number}", $"Action {number}: lead", value, AgreementRules.MaxLeadLength, required: false, multiline: false);
        }

        // Teams searches the directory itself. The chat's people are the fallback for clients without
        // the picker, in a small workshop only: each action block carries its own list, and five lists
        // of a large roster would not fit Teams' 40 KB.
        var choices = (people.Count <= MaxLeadChoices ? people : []).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => (p.Name, p.AadObjectId ?? p.Id)).ToList();
        if (!string.IsNullOrEmpty(value) && !choices.Any(c => c.Item2 == value))
        {
            choices.Insert(0, (chosen?.Name ?? AgreementRules.DirectoryLead, value));
        }

        var input = Choice($"lead{number}", $"Action {number}: lead", value, choices);
        input["style"] = "filtered";

        // Renderers of the picker name its text box by the placeholder, so it says what the box is for.
        input["placeholder"] = $"Action {number}: lead";
        input["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users" };
        return input;
    }

    private static JsonObject Choice(string id, string label, string? value, IEnumerable<(string Title, string Value)> choices) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["value"] = value,
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };
}
