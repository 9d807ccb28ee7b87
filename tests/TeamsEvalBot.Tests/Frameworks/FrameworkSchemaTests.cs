using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Frameworks;

// framework.schema.json is for editors and other tools; these tests keep it in step with the data
// files, using the ajv validator that scripts/ already installs (there is no .NET one in the repo).
public sealed class FrameworkSchemaTests
{
    private static readonly string DataFolder = RepoPaths.Combine("src", "TeamsEvalBot.Domain", "Frameworks", "Data");

    [Fact]
    public async Task Validator_ShippedFrameworks_MatchTheSchema()
    {
        var run = await ScriptRun.StartAsync("node", ["scripts/validate-frameworks.mjs"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("frameworks ok (2 file(s) match framework.schema.json)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_IndicatorsOnNotForLocalCompletionAndMissingOnRateable_ExitsNonZero()
    {
        var framework = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(DataFolder, "msg-2019.json")))!.AsObject();
        var proposals = framework["keyFeatures"]![2]!["proposals"]!;
        proposals[1]!["indicators"] = new JsonArray("not", "for", "local", "completion");
        proposals[0]!.AsObject().Remove("indicators");

        var run = await ValidateAsync(framework);

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("/keyFeatures/2/proposals/1/indicators must NOT have more than 0 items", run.Output, StringComparison.Ordinal);
        Assert.Contains("/keyFeatures/2/proposals/0 must have required property 'indicators'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_UnknownPropertyAndOneLevel_ExitsNonZero()
    {
        var framework = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(DataFolder, "care-inspectorate-demo.json")))!.AsObject();
        framework["levels"] = new JsonArray("Only");
        framework["colour"] = "blue";

        var run = await ValidateAsync(framework);

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("/levels must NOT have fewer than 2 items", run.Output, StringComparison.Ordinal);
        Assert.Contains("must NOT have additional properties {\"additionalProperty\":\"colour\"}", run.Output, StringComparison.Ordinal);
    }

    private static async Task<ScriptRun> ValidateAsync(JsonObject framework)
    {
        var temp = Directory.CreateTempSubdirectory("teamsevalbot-framework-");
        try
        {
            var file = Path.Combine(temp.FullName, "framework.json");
            await File.WriteAllTextAsync(file, framework.ToJsonString());
            return await ScriptRun.StartAsync("node", ["scripts/validate-frameworks.mjs", file]);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
