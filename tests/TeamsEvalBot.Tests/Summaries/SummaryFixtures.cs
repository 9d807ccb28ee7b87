using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>Agreed positions, ratings and previous workshops built by hand for the summary tests.</summary>
internal static class SummaryFixtures
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static readonly Person Fiona = new("29:fiona", "Fiona [Facilitator](https://evil.example)");

    public static ImprovementAction Action(string due, ActionStatus status = ActionStatus.Planned, string text = "Review the **joint** leadership plan") =>
        new(text, "Duncan <at>Lead</at>", PartnerOrganisation.LocalAuthority, new Timescale(due), status);

    public static AgreedPosition Agreed(string proposalId, int rank, int round = 1, params ImprovementAction[] actions) =>
        new(proposalId, round, rank, "Rationale with [a link](https://evil.example)", string.Empty, actions, Fiona, Start.AddHours(2));

    public static PreviousWorkshop Previous(params AgreedPosition[] agreed) => new(FrameworkCatalogue.DefaultId, Start.AddYears(-1), agreed);

    /// <summary>Ratings of one round, keyed as the store returns them.</summary>
    public static Dictionary<ProposalRound, IReadOnlyList<RatingEntry>> Ratings(string proposalId, int round, params (PartnerOrganisation Organisation, int Rank)[] ratings) => new()
    {
        [new ProposalRound(proposalId, round)] = [.. ratings.Select((r, i) => Cards.ProposalCardFixtures.Rating($"29:rater-{i}", $"Rater {i}", r.Organisation, r.Rank, $"evidence {i}"))],
    };

    public static WorkshopSummary SummaryOf(IReadOnlyList<AgreedPosition> agreed, IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>>? ratings = null, PreviousWorkshop? previous = null) =>
        SummaryCalculator.Summarise(Msg, NewWorkshop(), agreed, ratings ?? new Dictionary<ProposalRound, IReadOnlyList<RatingEntry>>(), previous, Today);

    public static ProposalSummary Line(WorkshopSummary summary, string proposalId) => summary.Proposals.Single(p => p.Proposal.Id == proposalId);

    /// <summary>
    /// The largest summary: every rateable proposal agreed, each with the longest rationale and
    /// dissent, five long actions, contested ratings and a previous level.
    /// </summary>
    public static (IReadOnlyList<AgreedPosition> Agreed, IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> Ratings, PreviousWorkshop Previous) Largest()
    {
        var longAction = new ImprovementAction(new string('a', 300), new string('l', 100), PartnerOrganisation.Ijb, new Timescale("01/01/2020"), ActionStatus.InProgress);
        var agreed = Msg.Proposals.Where(p => p.IsRateable).Select((p, i) => new AgreedPosition(
            p.Id, 3, i % 4, new string('r', 2000), new string('d', 1000), [.. Enumerable.Repeat(longAction, 5)], Fiona, Start)).ToList();
        var ratings = new Dictionary<ProposalRound, IReadOnlyList<RatingEntry>>();
        foreach (var position in agreed)
        {
            for (var round = 1; round <= 3; round++)
            {
                ratings[new ProposalRound(position.ProposalId, round)] = ManyRaters(40, 4, i => LongEvidence(i));
            }
        }

        var previous = new PreviousWorkshop(FrameworkCatalogue.DefaultId, Start.AddYears(-1), [.. agreed.Select(a => a with { LevelRank = (a.LevelRank + 1) % 4 })]);
        return (agreed, ratings, previous);
    }
}
