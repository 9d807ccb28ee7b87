using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Tests.Rules;

public sealed class PartnershipRulesTests
{
    private const string Angus = "Angus Health and Social Care Partnership";

    [Theory]
    [InlineData(" angus health and  social care partnership ")]
    [InlineData("ANGUS HEALTH AND SOCIAL CARE PARTNERSHIP")]
    [InlineData("\uFF21ngus Health and Social Care Partnership")]
    [InlineData("Angus\u3000Health and Social Care Partnership")]
    [InlineData("Angus Health and Social Care Partnership\u00A0")]
    public void SpacingCaseAndCompatibilityForms_GiveOneKey(string typed) =>
        Assert.Equal(PartnershipName.Key(Angus), PartnershipName.Key(typed));

    [Fact]
    public void Ligatures_FoldAsNfkcWould() =>
        Assert.Equal(PartnershipName.Key("Fife Partnership"), PartnershipName.Key("\uFB01fe Partnership"));

    [Theory]
    [InlineData("Angus\u200B Partnership")]
    [InlineData("Angus\u200D Partnership")]
    [InlineData("\u202EAngus Partnership")]
    [InlineData("Angus\u2066 Partnership")]
    [InlineData("Angus\uFEFF Partnership")]
    [InlineData("Angus\u0007 Partnership")]
    public void ZeroWidthAndDirectionMarks_AreHidden(string name) => Assert.True(PartnershipName.HasHiddenCharacters(name));

    [Theory]
    [InlineData(Angus, false)]
    [InlineData("Comhairle nan Eilean Siar – Partnership", false)]
    [InlineData("Dùn Èideann: Partnership (2019)", false)]
    [InlineData("\uFF21ngus Partnership", false)]
    [InlineData("\u0410ngus Partnership", true)]
    [InlineData("Angus \u0391 Partnership", true)]
    [InlineData("\U0001D400ngus Partnership", true)]
    [InlineData("Angus\u0301 Partnership", true)]
    public void OnlyLatinLettersDigitsAndPunctuation_AreSupported(string name, bool unsupported) =>
        Assert.Equal(unsupported, PartnershipName.HasUnsupportedCharacters(name));

    [Fact]
    public void OwnersAndAppointedFacilitators_RunThePartnership_OwnersAloneOwnIt()
    {
        var partnership = new Partnership(
            "p1",
            "tenant",
            Angus,
            [new Steward("29:owner", null, "Olga Owner"), new Steward(string.Empty, "aad-configured", "an owner named in the app settings")],
            [new Steward("29:appointed", null, "Alf Appointed")]);

        Assert.True(partnership.IsOwner("29:owner", null));
        Assert.True(partnership.IsOwner("29:someone-new", "AAD-CONFIGURED"));
        Assert.False(partnership.IsOwner("29:appointed", null));
        Assert.True(partnership.MayRun("29:appointed", null));
        Assert.False(partnership.MayRun("29:stranger", "aad-stranger"));
        Assert.False(partnership.MayRun(string.Empty, null));
    }
}
