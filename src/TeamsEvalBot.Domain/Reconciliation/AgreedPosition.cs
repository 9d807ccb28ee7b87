using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Reconciliation;

/// <summary>The partners' agreed position on a proposal, as the facilitator records it.</summary>
public sealed record AgreedPosition(
    string ProposalId,
    int Round,
    int LevelRank,
    string Rationale,
    string Dissent,
    IReadOnlyList<ImprovementAction> Actions,
    Person AgreedBy,
    DateTimeOffset AgreedAt)
{
    /// <summary>
    /// The agreed round's spread and organisation split as the partners saw them when they agreed,
    /// so a summary needs no ratings; null for a position saved without them (an imported one).
    /// </summary>
    public Summaries.Contest? RatingsWhenAgreed { get; init; }
}

/// <summary>One save of an agreed position: who, when, and the values before and after.</summary>
public sealed record AuditEntry(string ProposalId, Person By, DateTimeOffset At, AgreedPosition? Before, AgreedPosition After);
