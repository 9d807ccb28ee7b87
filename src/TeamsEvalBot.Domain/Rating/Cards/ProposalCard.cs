using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>
/// The views of a proposal card. The shared view is what everyone sees in the chat; Universal
/// Actions refresh swaps in the view for each person. Before the reveal no view carries anyone
/// else's rating or evidence, not even in the card JSON.
/// </summary>
public static class ProposalCard
{
    /// <summary>The card in the conversation: counts only, plus the live results when blind mode is off.</summary>
    public static JsonObject Shared(ProposalCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Progress.Status == ProposalStatus.Revealed)
        {
            return Revealed(model, page: 0);
        }

        var body = new List<JsonNode>(ProposalCardParts.Header(model));
        body.AddRange(ProposalCardParts.Levels(model));
        body.Add(ProposalCardParts.RatedCount(model));
        if (!model.Workshop.Settings.BlindUntilReveal && model.RatedCount > 0)
        {
            body.AddRange(TallySection.Build(model, model.Tally()));
        }

        body.AddRange(model.Progress.AcceptsRatings && model.Workshop.Status == WorkshopStatus.Open
            ? ProposalCardParts.RatingForm(model, own: null)
            : [ClosedNotice(model)]);
        return WithRefresh(CardElements.Card(body), model);
    }

    /// <summary>What a participant who has rated sees: their own rating, and the form to change it while open.</summary>
    public static JsonObject Own(ProposalCardModel model, RatingEntry own)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(own);
        if (model.Progress.Status == ProposalStatus.Revealed)
        {
            return Revealed(model, page: 0);
        }

        var body = new List<JsonNode>(ProposalCardParts.Header(model));
        body.Add(CardElements.Subheading("Your rating"));
        body.Add(CardElements.Text($"You rated this {model.Framework.Levels[own.LevelRank].Name}."));
        if (!string.IsNullOrWhiteSpace(own.Evidence))
        {
            body.Add(InertText.Paragraph(InertText.Run("Your evidence: "), InertText.Typed(own.Evidence)));
        }

        if (!model.HoldsEveryRating)
        {
            // Others rate at the same moment; the facilitators' view keeps the live count.
            body.Add(CardElements.Text("Saved. You can change your rating until the facilitator closes this proposal."));
        }
        else
        {
            body.Add(ProposalCardParts.RatedCount(model));
            if (!model.Workshop.Settings.BlindUntilReveal)
            {
                body.AddRange(TallySection.Build(model, model.Tally()));
            }
        }

        if (own.Organisation == Participants.PartnerOrganisation.Unknown)
        {
            // Asked in the person's own view only; their answer comes back with this proposal's data.
            body.AddRange(OrganisationCard.QuestionElements(ProposalCardParts.Data(model), own.Organisation));
        }

        if (model.Progress.AcceptsRatings && model.Workshop.Status == WorkshopStatus.Open)
        {
            body.AddRange(ProposalCardParts.Levels(model));
            body.AddRange(ProposalCardParts.RatingForm(model, own));
        }
        else
        {
            body.Add(ClosedNotice(model));
        }

        return WithRefresh(CardElements.Card(body), model);
    }

    /// <summary>
    /// After the reveal: the results and a page of evidence, the same for everyone, except that a
    /// facilitator's own view also has the button to reconcile.
    /// </summary>
    public static JsonObject Revealed(ProposalCardModel model, int page, bool forFacilitator = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tally = model.Tally();
        var body = new List<JsonNode>(ProposalCardParts.Header(model));
        body.Add(CardElements.Text($"Results revealed. {model.RatedCount} of {model.Workshop.RaterCount} rated."));
        if (tally.Count > 0)
        {
            body.AddRange(TallySection.Build(model, tally));
        }

        body.AddRange(EvidenceSection.Build(model, page));
        var actions = new List<JsonNode>();
        if (page > 0)
        {
            actions.Add(ProposalCardParts.Execute("Previous evidence", CardVerbs.MoreEvidence, ProposalCardParts.Data(model, page - 1)));
        }

        if (EvidenceSection.HasMorePages(model, page))
        {
            actions.Add(ProposalCardParts.Execute("More evidence", CardVerbs.MoreEvidence, ProposalCardParts.Data(model, page + 1)));
        }

        if (forFacilitator)
        {
            actions.Add(ProposalCardParts.Execute("Reconcile", CardVerbs.Reconcile, ProposalCardParts.Data(model)));
        }

        // One button a row: side by side on a phone, three buttons cut off their titles.
        body.AddRange(actions.Select(action => (JsonNode)ProposalCardParts.ActionSet(action)));

        return WithRefresh(CardElements.Card(body), model);
    }

    /// <summary>The form again with the person's input kept, and what went wrong and what to do at the top.</summary>
    public static JsonObject WithError(ProposalCardModel model, SubmittedRating submitted, string whatHappened, string whatToDo)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<JsonNode>(ProposalCardParts.Header(model));
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = whatHappened, ["color"] = "Attention", ["weight"] = "Bolder", ["wrap"] = true });
        body.Add(CardElements.Text(whatToDo));
        if (model.Progress.AcceptsRatings && model.Workshop.Status == WorkshopStatus.Open)
        {
            body.AddRange(ProposalCardParts.Levels(model));
            body.AddRange(ProposalCardParts.RatingForm(model, submitted, "Rate"));
        }
        else if (!string.IsNullOrEmpty(submitted.Evidence))
        {
            // Nothing can be saved, but the person's words are shown so they can copy them.
            body.Add(InertText.Paragraph(InertText.Run("Your evidence, not saved: "), InertText.Typed(submitted.Evidence)));
        }

        return WithRefresh(CardElements.Card(body), model);
    }

    private static JsonObject ClosedNotice(ProposalCardModel model) => CardElements.Text(
        model.Workshop.Status == WorkshopStatus.Ended
            ? "This workshop has ended, so ratings are closed."
            : "Rating is closed. The facilitator will reveal the results.");

    private static JsonObject WithRefresh(JsonObject card, ProposalCardModel model)
    {
        card["refresh"] = ProposalCardParts.Refresh(model);
        return card;
    }
}
