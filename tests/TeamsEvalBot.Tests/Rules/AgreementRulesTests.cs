using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Rules;

public sealed class AgreementRulesTests
{
    private static readonly Person Fiona = new("29:fiona", FacilitatorName);

    private static readonly ActionInput CompleteAction = new("Publish the minutes", "Lewis Lead", "NhsBoard", "March 2026", "Planned");

    private static readonly AgreementInput Valid = new("2", "The partners agreed the plan is in place.", "The council wanted level 1.", [CompleteAction]);

    private static (AgreedPosition? Position, string? Problem) Check(AgreementInput input) =>
        AgreementRules.Check(input, Msg, Progress(ProposalStatus.Revealed, round: 2), Fiona, Start);

    [Fact]
    public void AValidForm_GivesThePosition_TrimmedAndForTheRevealedRound()
    {
        var (position, problem) = Check(Valid with { Rationale = "  Agreed.  ", Actions = [CompleteAction with { Action = " Publish " }] });

        Assert.Null(problem);
        Assert.Equal(("1.1", 2, 2, "Agreed.", Fiona, Start), (position!.ProposalId, position.Round, position.LevelRank, position.Rationale, position.AgreedBy, position.AgreedAt));
        var action = Assert.Single(position.Actions);
        Assert.Equal(("Publish", "Lewis Lead", PartnerOrganisation.NhsBoard, "March 2026", ActionStatus.Planned), (action.Action, action.Lead, action.Partner, action.Timescale.Text, action.Status));
    }

    [Fact]
    public void ALeadChosenFromThePeople_IsKeptAsThatPerson_AnyOtherLeadAsTypedText()
    {
        var people = new List<Member> { new("29:lewis", "Lewis Lead", "lewis@nhs.scot", PartnerOrganisation.NhsBoard, OrganisationSource.EmailDomain) };

        var chosen = AgreementRules.Check(Valid with { Actions = [CompleteAction with { Lead = "29:lewis" }] }, Msg, Progress(ProposalStatus.Revealed), Fiona, Start, people).Position!.Actions[0];
        var typed = AgreementRules.Check(Valid, Msg, Progress(ProposalStatus.Revealed), Fiona, Start, people).Position!.Actions[0];

        Assert.Equal(("Lewis Lead", "29:lewis"), (chosen.Lead, chosen.LeadId));
        Assert.Equal(("Lewis Lead", null), (typed.Lead, typed.LeadId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("Established")]
    public void ALevelNotOnTheScale_IsRefused(string? level) =>
        Assert.Equal("Choose the agreed level, then save again.", Check(Valid with { Level = level }).Problem);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ARationale_IsRequired(string? rationale) =>
        Assert.StartsWith("Write the rationale", Check(Valid with { Rationale = rationale }).Problem, StringComparison.Ordinal);

    [Fact]
    public void TextsAtTheirLimits_AreValid_AndOneMoreCharacterIsNot()
    {
        Assert.Null(Check(Valid with { Rationale = new string('r', AgreementRules.MaxTextLength), Dissent = new string('d', AgreementRules.MaxDissentLength) }).Problem);
        Assert.Contains("Shorten them", Check(Valid with { Rationale = new string('r', AgreementRules.MaxTextLength + 1) }).Problem, StringComparison.Ordinal);
        Assert.Contains("Shorten them", Check(Valid with { Dissent = new string('d', AgreementRules.MaxDissentLength + 1) }).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacters_AreRefused_NewLinesAreNot()
    {
        Assert.Null(Check(Valid with { Rationale = "First.\nSecond.\r\n\tThird." }).Problem);
        Assert.Contains("hidden control characters", Check(Valid with { Dissent = "x\u0007" }).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABlankActionBlock_IsSkipped()
    {
        var (position, problem) = Check(Valid with { Actions = [new ActionInput(" ", "", null, "", "Planned"), CompleteAction] });
        Assert.Null(problem);
        Assert.Single(position!.Actions);
    }

    [Theory]
    [InlineData("", "Lewis Lead", "March 2026")]
    [InlineData("Publish", "", "March 2026")]
    [InlineData("Publish", "Lewis Lead", "")]
    public void AnActionNeedsWhatWhoAndWhen(string what, string lead, string timescale) =>
        Assert.StartsWith("Action 1 needs what will be done, a lead and a timescale.", Check(Valid with { Actions = [new ActionInput(what, lead, "NhsBoard", timescale, "Planned")] }).Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("Unknown", "Planned")]
    [InlineData("Martians", "Planned")]
    [InlineData("NhsBoard", "Finished")]
    [InlineData("NhsBoard", "99")]
    public void AnActionNeedsAChoosablePartnerAndAKnownStatus(string partner, string status) =>
        Assert.StartsWith("Choose a partner organisation and a status for action 1", Check(Valid with { Actions = [CompleteAction with { Partner = partner, Status = status }] }).Problem, StringComparison.Ordinal);

    [Fact]
    public void AnActionOverItsLimits_IsRefused() =>
        Assert.StartsWith("Action 1 is too long", Check(Valid with { Actions = [CompleteAction with { Lead = new string('l', AgreementRules.MaxLeadLength + 1) }] }).Problem, StringComparison.Ordinal);
}
