using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Packaging;

public sealed class InfraTests
{
    // A real resource with a property its type does not have: Bicep only warns (BCP037).
    private const string UnknownPropertyBicep = """
        resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
          name: 'stbrokenexample01'
          location: resourceGroup().location
          kind: 'StorageV2'
          sku: {
            name: 'Standard_LRS'
          }
          properties: {
            allowSharedKeyAccess: false
            notARealProperty: true
          }
        }
        """;

    [Fact]
    public void MainBicep_SetsTheAppId_SoTheDeployedBotNeverRunsInLocalMode()
    {
        var bicep = File.ReadAllText(RepoPaths.Combine("infra", "main.bicep"));

        Assert.Matches(@"\{\s*name:\s*'Bot__AppId',\s*value:\s*identity\.properties\.clientId\s*\}", bicep);
        Assert.DoesNotContain("Development", bicep, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CheckInfra_MainBicep_ExitsZero()
    {
        var run = await ScriptRun.StartAsync("bash", ["scripts/check-infra.sh"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("infra ok", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInfra_UnknownPropertyWarning_ExitsNonZero()
    {
        var temp = Directory.CreateTempSubdirectory("teamsevalbot-infra-");
        try
        {
            var file = Path.Combine(temp.FullName, "broken.bicep");
            await File.WriteAllTextAsync(file, UnknownPropertyBicep);

            var run = await ScriptRun.StartAsync("bash", ["scripts/check-infra.sh", file]);

            Assert.True(run.ExitCode != 0, run.Describe());
            Assert.Contains("BCP037", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
