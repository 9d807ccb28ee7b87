using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Packaging;

public sealed class ManifestTests
{
    private const string BotId = "6f1c2b7e-3d4a-4b5c-9e8f-0a1b2c3d4e5f";
    private const string BotDomain = "app-evalbot-test.azurewebsites.net";
    private static readonly string[] PackageEntries = ["color.png", "manifest.json", "outline.png"];
    private static readonly string[] Icons = ["color.png", "outline.png"];

    [Fact]
    public async Task Validator_OurManifest_ExitsZero()
    {
        var run = await ScriptRun.StartAsync("node", ["scripts/validate-manifest.mjs"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("manifest ok (schema v1.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_ManifestWithoutShortName_ExitsNonZero()
    {
        var run = await ValidateChangedManifestAsync(m => m["name"]!.AsObject().Remove("short"));

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("'short'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_ThirteenCommandsInAList_ExitsNonZero()
    {
        var run = await ValidateChangedManifestAsync(m =>
        {
            var commands = m["bots"]![0]!["commandLists"]![1]!["commands"]!.AsArray();
            while (commands.Count < 13)
            {
                commands.Add(new JsonObject { ["title"] = $"extra {commands.Count}", ["description"] = "One command too many" });
            }
        });

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("has 13 commands", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_WithBotIdAndDomain_WritesZipWithThreeRootEntriesAndTheBotId()
    {
        var temp = Directory.CreateTempSubdirectory("teamsevalbot-pack-");
        try
        {
            var zipPath = Path.Combine(temp.FullName, "TeamsEvalBot.zip");
            var run = await ScriptRun.StartAsync(
                "node",
                ["manifest/pack.mjs", "--out", zipPath],
                new Dictionary<string, string?> { ["BOT_ID"] = BotId, ["BOT_DOMAIN"] = BotDomain });
            Assert.True(run.ExitCode == 0, run.Describe());

            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(PackageEntries, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var stream = zip.GetEntry("manifest.json")!.Open();
            var manifest = JsonNode.Parse(stream)!;
            Assert.Equal(BotId, (string?)manifest["id"]);
            Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal(BotDomain, (string?)manifest["validDomains"]![0]);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Pack_WithoutBotId_FailsNamingTheVariable()
    {
        var run = await ScriptRun.StartAsync(
            "node",
            ["manifest/pack.mjs", "--out", Path.Combine(Path.GetTempPath(), "never-written.zip")],
            new Dictionary<string, string?> { ["BOT_ID"] = null });

        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("BOT_ID is not set", run.Output, StringComparison.Ordinal);
    }

    // Writes a changed copy of the template, with the icons beside it, and validates that copy.
    private static async Task<ScriptRun> ValidateChangedManifestAsync(Action<JsonObject> change)
    {
        var temp = Directory.CreateTempSubdirectory("teamsevalbot-manifest-");
        try
        {
            var manifestDir = RepoPaths.Combine("manifest");
            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(manifestDir, "manifest.template.json")))!.AsObject();
            change(manifest);
            var file = Path.Combine(temp.FullName, "manifest.json");
            await File.WriteAllTextAsync(file, manifest.ToJsonString());
            foreach (var icon in Icons)
            {
                File.Copy(Path.Combine(manifestDir, icon), Path.Combine(temp.FullName, icon));
            }

            return await ScriptRun.StartAsync("node", ["scripts/validate-manifest.mjs", "--file", file]);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
