using System.Globalization;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Rating;

/// <summary>Why a rating cannot be stored.</summary>
public enum RatingProblem
{
    EarlierRound,
    WorkshopEnded,
    Observer,
    ProposalClosed,
    LevelNotOnScale,
    EvidenceTooLong,
    ActionTooLong,
    ControlCharacters,
}

/// <summary>What makes a rating valid. The card states the limits, and the rating path enforces them here.</summary>
public static class RatingRules
{
    public const int MaxEvidenceLength = 2000;
    public const int MaxActionLength = 1000;

    /// <summary>
    /// The first reason the rating cannot be stored, or null when it can. <paramref name="cardRound"/>
    /// is the round the card was drawn for; <paramref name="current"/> is the proposal as stored now.
    /// </summary>
    public static RatingProblem? Check(Workshop workshop, ProposalProgress current, int cardRound, Framework framework, string personId, SubmittedRating submitted)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submitted);
        if (cardRound < current.Round)
        {
            return RatingProblem.EarlierRound;
        }

        if (workshop.Status != WorkshopStatus.Open)
        {
            return RatingProblem.WorkshopEnded;
        }

        if (!WorkshopRoles.MayRate(workshop, personId))
        {
            return RatingProblem.Observer;
        }

        if (!current.AcceptsRatings)
        {
            return RatingProblem.ProposalClosed;
        }

        // The level comes back as the rank the card offered, "0" to "3", nothing else.
        if (framework.FindLevel(submitted.Level ?? string.Empty) is not { } level || level.Rank.ToString(CultureInfo.InvariantCulture) != submitted.Level)
        {
            return RatingProblem.LevelNotOnScale;
        }

        if ((submitted.Evidence?.Length ?? 0) > MaxEvidenceLength)
        {
            return RatingProblem.EvidenceTooLong;
        }

        if ((submitted.SuggestedAction?.Length ?? 0) > MaxActionLength)
        {
            return RatingProblem.ActionTooLong;
        }

        return TypedText.HasControlCharacters(submitted.Evidence) || TypedText.HasControlCharacters(submitted.SuggestedAction)
            ? RatingProblem.ControlCharacters
            : null;
    }
}
