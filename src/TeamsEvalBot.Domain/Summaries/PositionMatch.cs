using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>An agreed position found by a search, with the workshop and proposal it belongs to.</summary>
public sealed record PositionMatch(Framework Framework, Workshop Workshop, Proposal Proposal, AgreedPosition Agreed);
