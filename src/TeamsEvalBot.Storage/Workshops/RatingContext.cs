using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>What a proposal card is drawn from: the workshop, the proposal's progress, the roster read and one round's ratings.</summary>
public sealed record RatingContext(
    Workshop? Workshop,
    ProposalProgress? Progress,
    IReadOnlyList<Member> Members,
    IReadOnlyList<RatingEntry> Ratings);
