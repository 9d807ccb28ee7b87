using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Tests.Frameworks;

public sealed class MsgFrameworkTests
{
    private static readonly string[] ProposalIds =
    [
        "1.1", "1.2", "1.3",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1", "3.2", "3.3", "3.4", "3.5",
        "4.1", "4.2", "4.3", "4.4", "4.5",
        "5.1", "5.2", "5.3",
        "6.1", "6.2", "6.3",
    ];

    private static readonly string[] NotForLocalCompletion = ["3.2", "3.3", "5.3"];

    private static readonly string[] Levels = ["Not yet established", "Partly established", "Established", "Exemplary"];

    private static readonly string[] KeyFeatureTitles =
    [
        "Collaborative leadership and building relationships",
        "Integrated finances and financial planning",
        "Effective strategic planning for improvement",
        "Governance and accountability arrangements",
        "Ability and willingness to share information",
        "Meaningful and sustained engagement",
    ];

    private static Framework Msg => FrameworkCatalogue.LoadEmbedded().Default;

    public static TheoryData<string> AllProposalIds => new(ProposalIds);

    [Fact]
    public void Msg_KeyFeatures_AreTheSixOfTheReviewInOrder()
    {
        Assert.Equal("msg-2019", Msg.Id);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Msg.KeyFeatures.Select(k => k.Id));
        Assert.Equal(KeyFeatureTitles, Msg.KeyFeatures.Select(k => k.Title));
    }

    [Fact]
    public void Msg_Proposals_AreThe25From1Point1To6Point3InOrder()
    {
        Assert.Equal(ProposalIds, Msg.Proposals.Select(p => p.Id));
        Assert.All(Msg.Proposals, p => Assert.StartsWith(p.KeyFeatureId + ".", p.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Msg_NotRateable_AreExactly3Point2And3Point3And5Point3WithNoIndicators()
    {
        Assert.Equal(NotForLocalCompletion, Msg.Proposals.Where(p => !p.IsRateable).Select(p => p.Id));
        Assert.All(Msg.Proposals.Where(p => !p.IsRateable), p => Assert.Empty(p.Indicators));
        Assert.All(Msg.Proposals.Where(p => p.IsRateable), p => Assert.Equal(4, p.Indicators.Count));
    }

    [Fact]
    public void Msg_Levels_AreTheFourInRankOrder()
    {
        Assert.Equal(Levels, Msg.Levels.Select(l => l.Name));
        Assert.Equal([0, 1, 2, 3], Msg.Levels.Select(l => l.Rank));
    }

    [Fact]
    public void Msg_KeyFeatureTitles_AppearWordForWordInASeed()
    {
        Assert.All(Msg.KeyFeatures, k => Assert.True(
            MsgSeeds.All.Any(s => s.Text.Contains(MsgSeeds.Normalise(k.Title), StringComparison.Ordinal)),
            $"Key feature {k.Id} title \"{k.Title}\" is in none of the seeds."));
    }

    [Theory]
    [MemberData(nameof(AllProposalIds))]
    public void Proposal_TextAndIndicators_AppearWordForWordInASeed(string id)
    {
        var proposal = Msg.FindProposal(id);
        Assert.NotNull(proposal);

        var missing = new[] { ("text", proposal.Text) }
            .Concat(proposal.Indicators.Select((text, rank) => ($"indicator for {Levels[rank]}", text)))
            .Where(item => !MsgSeeds.All.Any(s => s.Text.Contains(MsgSeeds.Normalise(item.Item2), StringComparison.Ordinal)))
            .Select(item => $"{item.Item1}: \"{item.Item2}\"")
            .ToList();

        Assert.True(missing.Count == 0, $"Proposal {id} has text found in none of {string.Join(", ", MsgSeeds.FileNames)}:\n{string.Join("\n", missing)}");
    }

    // Word-for-word matches alone would not notice two levels' indicators swapped, so each
    // proposal's indicators must also follow each other, lowest level first, along one seed table row.
    [Theory]
    [MemberData(nameof(AllProposalIds))]
    public void Proposal_Indicators_FollowLevelOrderAlongOneSeedRow(string id)
    {
        var proposal = Msg.FindProposal(id);
        Assert.NotNull(proposal);
        if (!proposal.IsRateable)
        {
            Assert.Empty(proposal.Indicators);
            return;
        }

        var row = MsgSeeds.All.SelectMany(s => s.Lines).FirstOrDefault(line => ContainsInOrder(line, proposal.Indicators));

        Assert.True(row is not null, $"No seed row holds proposal {id}'s indicators in level order.");
    }

    private static bool ContainsInOrder(string line, IReadOnlyList<string> texts)
    {
        var at = 0;
        foreach (var text in texts.Select(MsgSeeds.Normalise))
        {
            var found = line.IndexOf(text, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + text.Length;
        }

        return true;
    }
}
