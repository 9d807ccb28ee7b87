using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Reconciliation.Cards;

/// <summary>What the reconciliation card shows: this round's ratings, earlier rounds, and the agreed position so far.</summary>
public sealed record ReconcileModel(
    ProposalCardModel Current,
    IReadOnlyList<(int Round, Tally Tally)> EarlierRounds,
    AgreedPosition? Agreed,
    string? Version,
    AgreementInput? Input = null,
    string? Notice = null,
    int RequestedActionSlots = 0)
{
    /// <summary>The notice says something went well (plain text: Teams' green fails contrast), not a problem (shown in red).</summary>
    public bool NoticeIsGood { get; init; }

    /// <summary>Enough for a real improvement plan, few enough that the card stays inside Teams' 40 KB.</summary>
    public const int MaxActions = 5;

    /// <summary>Existing actions plus one empty slot for a new one, or more when the facilitator asked.</summary>
    public int ActionSlots => Math.Min(MaxActions, Math.Max(Math.Max((Agreed?.Actions.Count ?? 0) + 1, Input?.Actions.Count ?? 0), RequestedActionSlots));
}
