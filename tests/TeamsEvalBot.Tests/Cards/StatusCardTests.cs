using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

public sealed class StatusCardTests
{
    [Fact]
    public void StatusCard_PostedProposals_ShowStateRoundAndCountInFrameworkOrder()
    {
        var card = StatusCard.Build(
            NewWorkshop(members: 9),
            Msg,
            [
                (Progress(ProposalStatus.Revealed, "1.2", round: 2), 9),
                (Progress(ProposalStatus.Open, "1.1"), 4),
                (Progress(ProposalStatus.Closed, "2.1"), 7),
                (Progress(ProposalStatus.Open, "3.2"), 0),
            ]);

        Assert.Equal(
            [
                ("Proposal 1.1", "open, round 1, 4 of 9 rated"),
                ("Proposal 1.2", "revealed, round 2, 9 of 9 rated"),
                ("Proposal 2.1", "closed, round 1, 7 of 9 rated"),
                ("Proposal 3.2", "for information, not rated"),
            ],
            Facts(card));
        // 25 proposals, 4 posted.
        Assert.Contains("21 proposals are not posted yet.", TextBlockTexts(card));
        Assert.Contains(Partnership, TextRunTexts(card));
    }

    [Fact]
    public void StatusCard_NothingPosted_SaysHowToPost()
    {
        var card = StatusCard.Build(NewWorkshop(), Msg, []);

        Assert.Contains("No proposals are posted yet. A facilitator can post them with: post 1.1, post feature 1 or post all.", TextBlockTexts(card));
        Assert.Empty(Facts(card));
    }
}
