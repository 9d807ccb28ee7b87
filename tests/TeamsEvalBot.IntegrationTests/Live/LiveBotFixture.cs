using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>One authenticated bot process, its Azurite, identity server and connector, shared by the live tests.</summary>
public sealed class LiveBotFixture : IAsyncLifetime
{
    public LiveBot Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await LiveBot.StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LiveBotCollection : ICollectionFixture<LiveBotFixture>
{
    public const string Name = "Live bot";
}
