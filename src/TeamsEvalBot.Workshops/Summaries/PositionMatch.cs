using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Reconciliation;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Workshops.Summaries;

/// <summary>An agreed position found by a search, with the workshop and proposal it belongs to.</summary>
public sealed record PositionMatch(Framework Framework, Workshop Workshop, Proposal Proposal, AgreedPosition Agreed);
