using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Export.ExportFixtures;

namespace TeamsEvalBot.Tests.Export;

/// <summary>The improvement plan holds the agreed actions only: nothing of the ratings that anonymity hides, and no alpha.</summary>
public sealed class ExcelExportAnonymityTests
{
    [Theory]
    [InlineData(Anonymity.Named)]
    [InlineData(Anonymity.Anonymous)]
    public void ThePlan_ShowsNoRaterEvidenceRaterOrganisationOrAlpha(Anonymity anonymity)
    {
        var text = ExcelText(Content(anonymity, agreement: new WorkshopAgreement(0.42, 1)));

        Assert.All(RaterNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET-EVIDENCE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS board", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Third sector", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.42", text, StringComparison.Ordinal);

        // The agreed action, as the summary shows it, stays.
        Assert.Contains("Morag Leadperson", text, StringComparison.Ordinal);
        Assert.Contains("Local authority", text, StringComparison.Ordinal);
    }
}
