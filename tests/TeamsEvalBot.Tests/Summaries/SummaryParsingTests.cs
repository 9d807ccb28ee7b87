using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Summaries;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Summaries;

/// <summary>What people type after "summary", what Teams sends with a search, and the readers' configuration.</summary>
public sealed class SummaryParsingTests
{
    [Theory]
    [InlineData("", null, null)]
    [InlineData("2.3", "2.3", null)]
    [InlineData("2.3 Angus Health and Social Care Partnership", "2.3", "Angus Health and Social Care Partnership")]
    [InlineData("Angus Health and Social Care Partnership 2.3", "2.3", "Angus Health and Social Care Partnership")]
    [InlineData("Angus Health and Social Care Partnership", null, "Angus Health and Social Care Partnership")]
    [InlineData("  Moray  ", null, "Moray")]
    public void SummaryArguments_FindTheProposalAndThePartnership(string typed, string? proposalId, string? partnership) =>
        Assert.Equal(new SummaryArguments(proposalId, partnership), SummaryArguments.Parse(typed));

    [Fact]
    public void SearchRequest_ReadsTheCommandQueryAndPaging()
    {
        var value = JsonNode.Parse("""{"commandId":"searchAgreedPositions","parameters":[{"name":"query","value":"2.3"}],"queryOptions":{"skip":25,"count":10}}""");

        Assert.Equal(new SearchRequest("searchAgreedPositions", "2.3", 25, 10), SearchRequest.Read(value));
    }

    [Theory]
    [InlineData("""{"commandId":"searchAgreedPositions","parameters":[{"name":"initialRun","value":"true"}]}""")]
    [InlineData("""{"commandId":"searchAgreedPositions","parameters":"oops","queryOptions":{"skip":"x","count":-4}}""")]
    [InlineData("""[]""")]
    public void SearchRequest_WithNothingUsable_ReadsAsAnEmptyQuery(string json)
    {
        var request = SearchRequest.Read(JsonNode.Parse(json));

        Assert.Equal(string.Empty, request.Query);
        Assert.Equal(0, request.Skip);
        Assert.InRange(request.Count, 1, SearchRequest.DefaultCount);
    }

    [Fact]
    public void SummaryOptions_BindFromTheDocumentedSettings_AndMatchByEntraOrTeamsId()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summaries:Readers:0:Partnership"] = Partnership,
            ["Summaries:Readers:0:People:0"] = "00000000-0000-0000-0000-0000000000c1",
            ["Summaries:Readers:0:People:1"] = "29:chief-exec",
            ["Summaries:Readers:1:Partnership"] = "Moray Health and Social Care Partnership",
            ["Summaries:Readers:1:People:0"] = "29:moray-chief",
        }).Build();
        var options = configuration.GetSection(SummaryOptions.Section).Get<SummaryOptions>()!;

        Assert.True(options.IsConfiguredReader(" angus health and social care partnership", new Reader("29:someone", "00000000-0000-0000-0000-0000000000C1")));
        Assert.True(options.IsConfiguredReader(Partnership, new Reader("29:chief-exec", null)));
        Assert.False(options.IsConfiguredReader(Partnership, new Reader("29:moray-chief", null)));
        Assert.False(options.IsConfiguredReader(Partnership, new Reader("29:stranger", null)));
    }
}
