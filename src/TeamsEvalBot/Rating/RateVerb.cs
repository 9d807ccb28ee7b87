using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>
/// A participant rates a proposal. The path costs two table transactions: one partition query for
/// the workshop, the proposal and the rater's own rows, then one transaction for the rating and its
/// history entry. (A workshop with open results reads every rating too, for the live tally: three.)
/// A repeated delivery of the same activity is stored once, even when both copies arrive together.
/// Bad input gets the form back with the person's input kept, and nothing is stored.
/// </summary>
public sealed class RateVerb(
    WorkshopStore store,
    FrameworkCatalogue frameworks,
    SharedCardRefresher sharedCards,
    TimeProvider clock,
    ILogger<RateVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var submitted = new SubmittedRating(request.Text("level"), request.Text("evidence"), request.Text("suggestedAction"));
        var loaded = await RatingTarget.LoadForRatingAsync(request, store, frameworks, cancellationToken);
        if (loaded.Error is not null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown workshop or proposal");
            return loaded.Error;
        }

        var (model, context) = (loaded.Model!, loaded.Context!);
        if (RatingRules.Check(model.Workshop, context.Progress!, model.Progress.Round, model.Framework, turn.PersonId, submitted) is { } problem)
        {
            var (reason, whatHappened, whatToDo) = Explain(problem, submitted, model.Progress.Round, context.Progress!.Round);
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, reason);
            return ProposalCard.WithError(model, submitted, whatHappened, whatToDo);
        }

        var member = context.Members.FirstOrDefault(m => m.Id == turn.PersonId);
        var previous = model.Ratings.FirstOrDefault(r => r.ParticipantId == turn.PersonId);
        var rating = new RatingEntry(
            turn.PersonId,
            member?.Name ?? turn.PersonName,
            member?.Organisation ?? PartnerOrganisation.Unknown,
            int.Parse(submitted.Level!, System.Globalization.CultureInfo.InvariantCulture),
            submitted.Evidence ?? string.Empty,
            submitted.SuggestedAction ?? string.Empty,
            clock.GetUtcNow());
        var repeated = context.ActivityIdByPerson.GetValueOrDefault(turn.PersonId) is { } lastActivity && lastActivity == turn.Activity.Id;
        var unchanged = previous is not null && previous with { UpdatedAt = rating.UpdatedAt } == rating;
        // A copy of this activity that arrived with it passes the check above; storage refuses its save, and
        // it gets the same answer as its twin: the rating this activity carried, which the twin stored.
        if (!repeated && !unchanged && await store.SaveRatingAsync(model.Workshop.Id, model.Proposal.Id, model.Progress.Round, rating, turn.Activity.Id, cancellationToken))
        {
            RatingLog.Rated(logger, model.Workshop.Id, model.Proposal.Id, model.Progress.Round);
            sharedCards.MarkChanged(model.Workshop.Id, model.Proposal.Id);
        }

        var shown = repeated || unchanged ? previous! : rating;
        var ratings = model.Ratings.Where(r => r.ParticipantId != turn.PersonId).Append(shown).ToList();
        return ProposalCard.Own(model with { Ratings = ratings, KnownRatedCount = model.KnownRatedCount + (previous is null ? 1 : 0) }, shown);
    }

    private static (string Reason, string WhatHappened, string WhatToDo) Explain(RatingProblem problem, SubmittedRating submitted, int cardRound, int currentRound) => problem switch
    {
        RatingProblem.EarlierRound => ("earlier round", $"This card is for round {cardRound}, but round {currentRound} is open now. Your rating was not saved.", "Rate on the newest card for this proposal in the chat."),
        RatingProblem.WorkshopEnded => ("workshop ended", "This workshop has ended, so your rating was not saved.", "Ask the facilitator about the next workshop."),
        RatingProblem.Observer => ("observer", "You are observing this workshop, so your rating was not saved.", "Observers read the cards but do not rate. If you should be rating, ask a facilitator to remove you as an observer."),
        RatingProblem.ProposalClosed => ("proposal closed", "This proposal is closed, so your rating was not saved.", "Ask the facilitator to open a new round."),
        RatingProblem.LevelNotOnScale => ("level not on the scale", "Your rating was not saved, because the level is not one of the four on this card.", "Choose a level, then press Rate again."),
        RatingProblem.EvidenceTooLong => ("evidence too long", $"Your evidence is {submitted.Evidence!.Length:N0} characters, so it was not saved. The limit is {RatingRules.MaxEvidenceLength:N0}.", "Shorten it, then press Rate again. Your text is still in the box."),
        RatingProblem.ActionTooLong => ("action too long", $"Your suggested action is {submitted.SuggestedAction!.Length:N0} characters, so nothing was saved. The limit is {RatingRules.MaxActionLength:N0}.", "Shorten it, then press Rate again."),
        _ => ("control characters", "Your text holds hidden control characters, so it was not saved.", "Type the text again rather than pasting it, then press Rate again."),
    };
}
