using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Frameworks;

public sealed class FrameworkCatalogueTests
{
    private static readonly string DataFolder = RepoPaths.Combine("src", "TeamsEvalBot.Domain", "Frameworks", "Data");

    [Fact]
    public void LoadEmbedded_EveryDataFile_IsLoadedWithMsgFirstAsDefault()
    {
        var catalogue = FrameworkCatalogue.LoadEmbedded();
        var files = Directory.GetFiles(DataFolder, "*.json").Where(f => Path.GetFileName(f) != "framework.schema.json");

        Assert.Equal("msg-2019", catalogue.Default.Id);
        Assert.Same(catalogue.Default, catalogue.All[0]);
        Assert.Equal(files.Count(), catalogue.All.Count);
        Assert.Contains(catalogue.All, f => f.Id == "ci-demo");
    }

    [Fact]
    public void LoadEmbedded_EmbeddedCopies_MatchTheFilesOnDisk()
    {
        var onDisk = FrameworkLoader.Parse(File.ReadAllText(Path.Combine(DataFolder, "msg-2019.json")), "msg-2019.json");
        var embedded = FrameworkCatalogue.LoadEmbedded().Default;

        Assert.Equal(onDisk.Proposals.Select(p => p.Text), embedded.Proposals.Select(p => p.Text));
        Assert.Equal(onDisk.Proposals.SelectMany(p => p.Indicators), embedded.Proposals.SelectMany(p => p.Indicators));
    }

    [Theory]
    [InlineData("msg-2019")]
    [InlineData("MSG-2019")]
    [InlineData(" ci-demo ")]
    public void TryGet_KnownIdInAnyCase_FindsIt(string id)
    {
        Assert.True(FrameworkCatalogue.LoadEmbedded().TryGet(id, out var framework));
        Assert.Equal(id.Trim(), framework.Id, ignoreCase: true);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalse()
    {
        Assert.False(FrameworkCatalogue.LoadEmbedded().TryGet("psif", out var framework));
        Assert.Null(framework);
    }

    [Fact]
    public void Constructor_SameIdTwice_Throws()
    {
        var msg = FrameworkCatalogue.LoadEmbedded().Default;

        var error = Assert.Throws<InvalidDataException>(() => new FrameworkCatalogue([msg, msg with { Name = "Copy" }]));

        Assert.Contains("'msg-2019' is defined more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WithoutTheDefault_Throws()
    {
        Assert.True(FrameworkCatalogue.LoadEmbedded().TryGet("ci-demo", out var demo));

        var error = Assert.Throws<InvalidDataException>(() => new FrameworkCatalogue([demo]));

        Assert.Contains("The default framework 'msg-2019' is not among the frameworks (ci-demo)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OtherDefault_PutsItFirst()
    {
        var embedded = FrameworkCatalogue.LoadEmbedded();

        var catalogue = new FrameworkCatalogue(embedded.All, "ci-demo");

        Assert.Equal(["ci-demo", "msg-2019"], catalogue.All.Select(f => f.Id));
    }
}
