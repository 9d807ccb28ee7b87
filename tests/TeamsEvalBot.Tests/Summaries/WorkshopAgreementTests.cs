using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Summaries.SummaryFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>The one rule for alpha across a workshop, which the summary and the export both show.</summary>
public sealed class WorkshopAgreementTests
{
    [Fact]
    public void Of_TakesTheAgreedRound_ThenTheLatestRevealed_AndNeverABlindRound()
    {
        var ratings = new Dictionary<ProposalRound, IReadOnlyList<RatingEntry>>();
        Add(ratings, "1.1", 1, 0, 0, 1);
        Add(ratings, "1.1", 2, 3, 3, 3);
        Add(ratings, "1.2", 1, 1, 2, 2);
        Add(ratings, "1.3", 1, 3, 0, 3);
        Add(ratings, "2.1", 1, 2, 2, 1);
        Add(ratings, "2.1", 2, 0, 3, 0);
        var progress = new List<ProposalProgress>
        {
            Progress("1.1", 2, ProposalStatus.Revealed), // agreed in round 1, then re-rated: round 1 counts
            Progress("1.2", 1, ProposalStatus.Revealed), // revealed, not agreed: round 1 counts
            Progress("1.3", 1, ProposalStatus.Open),     // still blind: nothing counts
            Progress("2.1", 2, ProposalStatus.Closed),   // round 2 not revealed yet: round 1 counts
        };
        var agreed = new Dictionary<string, AgreedPosition> { ["1.1"] = Agreed("1.1", 0, round: 1) };

        var agreement = WorkshopAgreement.Of(Msg, agreed, progress, ratings);

        Assert.Equal(3, agreement.Proposals);
        Assert.Equal(KrippendorffAlpha.Ordinal([[0, 0, 1], [1, 2, 2], [2, 2, 1]], Msg.Levels.Count), agreement.Alpha);
    }

    private static void Add(Dictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings, string proposalId, int round, params int[] ranks) =>
        ratings[new ProposalRound(proposalId, round)] = [.. ranks.Select((rank, i) => Cards.ProposalCardFixtures.Rating($"29:rater-{i}", $"Rater {i}", PartnerOrganisation.NhsBoard, rank, string.Empty))];

    private static ProposalProgress Progress(string proposalId, int round, ProposalStatus status) => new(proposalId, round, status, "card", Start);
}
