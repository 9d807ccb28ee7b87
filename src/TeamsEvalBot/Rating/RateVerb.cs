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
/// A participant rates a proposal. The path costs two storage round trips: two point reads made
/// together (the workshop, the rater's roster row and role), then one transaction for the rating, its
/// history entry and a touch of the round's open row. That touch makes a rating racing a close
/// store nothing and say so. A repeated delivery of the same activity is stored once, even when
/// both copies arrive together. Bad input gets the form back with the person's input kept, and
/// nothing is stored.
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

        var model = loaded.Model!;
        if (RatingRules.Check(model.Workshop, model.Progress, model.Progress.Round, model.Framework, turn.PersonId, submitted) is { } problem)
        {
            return Refuse(request, model, problem, submitted, model.Progress.Round);
        }

        var member = loaded.Context!.Members is [var read] ? read : null;
        var rating = new RatingEntry(
            turn.PersonId,
            member?.Name ?? turn.PersonName,
            member?.Organisation ?? PartnerOrganisation.Unknown,
            int.Parse(submitted.Level!, System.Globalization.CultureInfo.InvariantCulture),
            submitted.Evidence ?? string.Empty,
            submitted.SuggestedAction ?? string.Empty,
            clock.GetUtcNow());
        switch (await store.SaveRatingAsync(model.Workshop.Id, model.Proposal.Id, model.Progress.Round, rating, turn.Activity.Id, cancellationToken))
        {
            case RatingSave.Saved:
                RatingLog.Rated(logger, model.Workshop.Id, model.Proposal.Id, model.Progress.Round);
                sharedCards.MarkChanged(model.Workshop.Id, model.Proposal.Id);
                break;
            case RatingSave.RoundNotOpen:
                return await RoundNotOpenAsync(request, submitted, cancellationToken);
        }

        // A repeated delivery carried this same rating, which its twin stored.
        return ProposalCard.Own(model with { Ratings = [rating] }, rating);
    }

    /// <summary>The card's round stopped taking ratings before this one was stored: read the proposal to say why.</summary>
    private async Task<JsonObject> RoundNotOpenAsync(CardVerbRequest request, SubmittedRating submitted, CancellationToken cancellationToken)
    {
        var loaded = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
        if (loaded.Error is not null)
        {
            WorkshopLog.Refused(logger, request.Verb, request.Turn.PersonId, "round not open");
            return loaded.Error;
        }

        var (model, current) = (loaded.Model!, loaded.Context!.Progress!);
        var problem = RatingRules.Check(model.Workshop, current, model.Progress.Round, model.Framework, request.Turn.PersonId, submitted) ?? RatingProblem.ProposalClosed;
        return Refuse(request, model, problem, submitted, current.Round);
    }

    private JsonObject Refuse(CardVerbRequest request, ProposalCardModel model, RatingProblem problem, SubmittedRating submitted, int currentRound)
    {
        var (reason, whatHappened, whatToDo) = Explain(problem, submitted, model.Progress.Round, currentRound);
        WorkshopLog.Refused(logger, request.Verb, request.Turn.PersonId, reason);
        return ProposalCard.WithError(model, submitted, whatHappened, whatToDo);
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
