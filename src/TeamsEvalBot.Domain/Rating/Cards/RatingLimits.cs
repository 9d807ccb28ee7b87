using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>The longest texts a rating may hold; the card states them and the rating path enforces them.</summary>
public static class RatingLimits
{
    public const int MaxEvidenceLength = 2000;
    public const int MaxActionLength = 1000;
}
