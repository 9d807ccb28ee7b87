using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;
using static TeamsEvalBot.Tests.Cards.ProposalCardJson;

namespace TeamsEvalBot.Tests.Cards;

public sealed class WorkshopCardTests
{
    [Fact]
    public void WorkshopCard_Msg_DescribesTheWorkshop()
    {
        var card = WorkshopCard.Build(NewWorkshop(members: 14), Msg);
        var facts = Facts(card).ToList();

        Assert.Contains("Self-evaluation workshop", TextBlockTexts(card));
        Assert.Contains(Partnership, TextRunTexts(card));
        Assert.Contains(("Framework", "MSG review of progress with integration: self-evaluation (2019)"), facts);
        // 25 proposals, of which 3.2, 3.3 and 5.3 are not for local completion.
        Assert.Contains(("Proposals", "22 to rate, 3 for information"), facts);
        Assert.Contains(FacilitatorName, TextRunTexts(card));
        Assert.Contains(("Members", "14"), facts);
    }

    [Theory]
    [InlineData(Anonymity.Named, true, 2, "named", "true")]
    [InlineData(Anonymity.Anonymous, false, 5, "anonymous", "false")]
    public void WorkshopCard_Settings_AreFilledInWithTheCurrentValues(Anonymity anonymity, bool blind, int minimum, string anonymityValue, string blindValue)
    {
        var card = WorkshopCard.Build(NewWorkshop(anonymity, blind, minimumGroupSize: minimum), Msg);

        Assert.Equal(anonymityValue, Str(Input(card, "anonymity")!, "value"));
        Assert.Equal(blindValue, Str(Input(card, "blind")!, "value"));
        Assert.Equal(minimum, Input(card, "minimumGroupSize")!["value"]!.GetValue<int>());
        Assert.Equal("gov.uk = local authority\nnhs.net = nhs board\nnhs.scot = nhs board\nscot.nhs.uk = nhs board", Str(Input(card, "domains")!, "value"));
        var save = Assert.Single(OfType(card, "Action.Execute"));
        Assert.Equal(CardVerbs.Settings, Str(save, "verb"));
        Assert.Equal(WorkshopId, save["data"]?["workshopId"]?.GetValue<string>());
    }

    [Fact]
    public void WorkshopCard_Notice_IsShown()
    {
        var card = WorkshopCard.Build(NewWorkshop(), Msg, "Only a facilitator can change the settings. Ask [Fiona](https://evil.example).");

        // Notices name people, so they are shown as typed, never as markdown.
        Assert.Contains("Only a facilitator can change the settings. Ask [Fiona](https://evil.example).", TextRunTexts(card));
        Assert.DoesNotContain(TextBlockTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public void WorkshopCard_DemoFramework_CountsItsProposals()
    {
        var card = WorkshopCard.Build(NewWorkshop(frameworkId: "ci-demo"), Demo);

        Assert.Contains(("Proposals", "3 to rate, 1 for information"), Facts(card));
    }

    [Fact]
    public void DomainLines_EveryOrganisation_ReadsBackAsTheSameOrganisation()
    {
        // The settings form shows "domain = organisation" lines that the facilitator edits and sends back.
        var domains = PartnerOrganisations.Choosable.ToDictionary(o => $"{o}.example", o => o);

        var lines = WorkshopCard.DomainLines(domains).Split('\n');

        Assert.Equal(domains.Count, lines.Length);
        Assert.All(lines, line =>
        {
            var parts = line.Split(" = ");
            Assert.True(PartnerOrganisations.TryParse(parts[1], out var organisation), line);
            Assert.Equal(domains[parts[0]], organisation);
        });
    }
}
