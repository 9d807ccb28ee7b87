using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Tests.Frameworks;

public sealed class FrameworkLoaderTests
{
    private const string Source = "test.json";

    [Fact]
    public void Demo_LoadsFromTheCatalogue_WithSixLevelsAndOneUnratedProposal()
    {
        Assert.True(FrameworkCatalogue.LoadEmbedded().TryGet("ci-demo", out var demo));

        Assert.Equal(["Unsatisfactory", "Weak", "Adequate", "Good", "Very good", "Excellent"], demo.Levels.Select(l => l.Name));
        Assert.Equal([0, 1, 2, 3, 4, 5], demo.Levels.Select(l => l.Rank));
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], demo.Proposals.Select(p => p.Id));
        Assert.Equal(["2.2"], demo.Proposals.Where(p => !p.IsRateable).Select(p => p.Id));
        Assert.All(demo.Proposals.Where(p => p.IsRateable), p => Assert.Equal(6, p.Indicators.Count));
    }

    [Fact]
    public void Parse_ValidFramework_MapsRanksKeyFeaturesAndRateability()
    {
        var framework = FrameworkLoader.Parse(Valid().ToJsonString(), Source);

        Assert.Equal("test", framework.Id);
        Assert.Equal([new RatingLevel(0, "Low"), new RatingLevel(1, "Middle"), new RatingLevel(2, "High")], framework.Levels);
        Assert.Equal(["1.1", "1.2", "2.1"], framework.Proposals.Select(p => p.Id));
        var rated = framework.FindProposal("1.1")!;
        Assert.True(rated.IsRateable);
        Assert.Equal("1", rated.KeyFeatureId);
        Assert.Equal(["low one", "middle one", "high one"], rated.Indicators);
        var unrated = framework.FindProposal("1.2")!;
        Assert.False(unrated.IsRateable);
        Assert.Empty(unrated.Indicators);
    }

    [Fact]
    public void Load_Utf8Stream_ReadsTheSameAsParse()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid().ToJsonString()));

        Assert.Equal(["1.1", "1.2", "2.1"], FrameworkLoader.Load(stream, Source).Proposals.Select(p => p.Id));
    }

    [Fact]
    public void Parse_DuplicateProposalId_RejectsNamingFrameworkAndProposal()
    {
        var json = Valid();
        Proposal(json, 0, 1)["id"] = "1.1";

        var error = Reject(json);

        Assert.Contains("Framework 'test' (test.json) is invalid", error, StringComparison.Ordinal);
        Assert.Contains("the proposal id 1.1 is used more than once", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingIndicator_RejectsSayingOnePerLevel()
    {
        var json = Valid();
        Proposal(json, 0, 0)["indicators"]!.AsArray().RemoveAt(2);

        Assert.Contains("proposal 1.1 has 2 indicator(s), but it needs one for each of the 3 rating levels", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExtraIndicator_Rejects()
    {
        var json = Valid();
        Proposal(json, 1, 0)["indicators"]!.AsArray().Add("one too many");

        Assert.Contains("proposal 2.1 has 4 indicator(s)", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankIndicator_RejectsNamingTheLevel()
    {
        var json = Valid();
        Proposal(json, 0, 0)["indicators"]![1] = "  ";

        Assert.Contains("proposal 1.1 has an empty indicator for level 1 (Middle)", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IndicatorsOnNotForLocalCompletionProposal_Rejects()
    {
        var json = Valid();
        Proposal(json, 0, 1)["indicators"] = new JsonArray("a", "b", "c");

        Assert.Contains("proposal 1.2 is not for local completion, so it must have no indicators, but it has 3", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RateableProposalWithoutIndicators_Rejects()
    {
        var json = Valid();
        Proposal(json, 1, 0).Remove("indicators");

        Assert.Contains("proposal 2.1 has 0 indicator(s)", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneLevel_RejectsAsTooFew()
    {
        var json = Valid();
        json["levels"] = new JsonArray("Only");

        Assert.Contains("it has 1 rating level(s), but a rating scale needs at least 2", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LevelNamesDifferingOnlyInCase_Rejects()
    {
        var json = Valid();
        json["levels"] = new JsonArray("Low", "low", "High");

        Assert.Contains("the rating level 'Low' appears more than once", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKeyFeatureId_Rejects()
    {
        var json = Valid();
        KeyFeature(json, 1)["id"] = "1";

        Assert.Contains("the key feature id 1 is used more than once", Reject(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.1")]
    [InlineData("2.x")]
    [InlineData("2.")]
    [InlineData("21")]
    public void Parse_ProposalIdNotUnderItsKeyFeature_Rejects(string id)
    {
        var json = Valid();
        Proposal(json, 1, 0)["id"] = id;

        Assert.Contains($"proposal {id} is in key feature 2, so its id must be 2.<number>", Reject(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "the framework has no name")]
    [InlineData("description", "the framework has no description")]
    public void Parse_BlankFrameworkText_Rejects(string property, string message)
    {
        var json = Valid();
        json[property] = " ";

        Assert.Contains(message, Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingId_RejectsNamingTheSource()
    {
        var json = Valid();
        json.Remove("id");

        var error = Reject(json);

        Assert.StartsWith("Framework in test.json is invalid", error, StringComparison.Ordinal);
        Assert.Contains("the framework has no id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankProposalText_Rejects()
    {
        var json = Valid();
        Proposal(json, 1, 0)["text"] = "";

        Assert.Contains("proposal 2.1 has no text", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankKeyFeatureTitle_Rejects()
    {
        var json = Valid();
        KeyFeature(json, 1)["title"] = "";

        Assert.Contains("key feature 2 has no title", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeyFeatureWithoutProposals_Rejects()
    {
        var json = Valid();
        KeyFeature(json, 1)["proposals"] = new JsonArray();

        Assert.Contains("key feature 2 has no proposals", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoKeyFeatures_Rejects()
    {
        var json = Valid();
        json["keyFeatures"] = new JsonArray();

        Assert.Contains("it has no key features", Reject(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsThemAll()
    {
        var json = Valid();
        Proposal(json, 0, 0)["text"] = "";
        Proposal(json, 1, 0)["indicators"]!.AsArray().RemoveAt(0);

        var error = Reject(json);

        Assert.Contains("proposal 1.1 has no text", error, StringComparison.Ordinal);
        Assert.Contains("proposal 2.1 has 2 indicator(s)", error, StringComparison.Ordinal);
    }

    // A misspelt flag must not silently turn an unrated proposal into a rated one.
    [Fact]
    public void Parse_UnknownProperty_Rejects()
    {
        var json = Valid();
        Proposal(json, 0, 1).Remove("notForLocalCompletion");
        Proposal(json, 0, 1)["notForLocalCompletition"] = true;

        Assert.Contains("Framework in test.json is not valid framework JSON", Reject(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Parse_NotAFrameworkObject_Rejects(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => FrameworkLoader.Parse(json, Source));

        Assert.StartsWith("Framework in test.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Middle", 1)]
    [InlineData("middle", 1)]
    [InlineData("  HIGH ", 2)]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    public void FindLevel_NameOrRank_FindsTheLevel(string nameOrRank, int rank)
    {
        var framework = FrameworkLoader.Parse(Valid().ToJsonString(), Source);

        Assert.Equal(rank, framework.FindLevel(nameOrRank)?.Rank);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("Medium")]
    [InlineData("")]
    public void FindLevel_UnknownNameOrRank_ReturnsNull(string nameOrRank)
    {
        var framework = FrameworkLoader.Parse(Valid().ToJsonString(), Source);

        Assert.Null(framework.FindLevel(nameOrRank));
    }

    [Fact]
    public void FindLevel_MsgLevelByName_IgnoresCase()
    {
        var msg = FrameworkCatalogue.LoadEmbedded().Default;

        Assert.Equal(new RatingLevel(1, "Partly established"), msg.FindLevel("partly Established"));
        Assert.Equal(new RatingLevel(3, "Exemplary"), msg.FindLevel("3"));
    }

    [Fact]
    public void FindProposalAndKeyFeature_KnownAndUnknownIds_FindOrReturnNull()
    {
        var framework = FrameworkLoader.Parse(Valid().ToJsonString(), Source);

        Assert.Equal("Two one.", framework.FindProposal(" 2.1 ")?.Text);
        Assert.Null(framework.FindProposal("2.2"));
        Assert.Equal("Second", framework.FindKeyFeature("2")?.Title);
        Assert.Null(framework.FindKeyFeature("3"));
    }

    private static string Reject(JsonObject json) =>
        Assert.Throws<InvalidDataException>(() => FrameworkLoader.Parse(json.ToJsonString(), Source)).Message;

    private static JsonObject KeyFeature(JsonObject json, int index) => json["keyFeatures"]![index]!.AsObject();

    private static JsonObject Proposal(JsonObject json, int keyFeature, int index) =>
        KeyFeature(json, keyFeature)["proposals"]![index]!.AsObject();

    // A small framework that passes every rule; each test breaks one thing.
    private static JsonObject Valid() => new()
    {
        ["id"] = "test",
        ["name"] = "Test framework",
        ["description"] = "A framework for the loader tests.",
        ["levels"] = new JsonArray("Low", "Middle", "High"),
        ["keyFeatures"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "1",
                ["title"] = "First",
                ["proposals"] = new JsonArray(
                    new JsonObject { ["id"] = "1.1", ["text"] = "One one.", ["indicators"] = new JsonArray("low one", "middle one", "high one") },
                    new JsonObject { ["id"] = "1.2", ["text"] = "One two.", ["notForLocalCompletion"] = true }),
            },
            new JsonObject
            {
                ["id"] = "2",
                ["title"] = "Second",
                ["proposals"] = new JsonArray(
                    new JsonObject { ["id"] = "2.1", ["text"] = "Two one.", ["indicators"] = new JsonArray("low two", "middle two", "high two") }),
            }),
    };
}
