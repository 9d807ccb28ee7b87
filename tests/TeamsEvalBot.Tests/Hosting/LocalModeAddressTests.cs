using Microsoft.Extensions.Configuration;
using TeamsEvalBot.Hosting;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Tests.Hosting;

/// <summary>What local mode reads before it starts: where storage is, and where Kestrel will listen.</summary>
public sealed class LocalModeAddressTests
{
    [Theory]
    [InlineData("UseDevelopmentStorage=true", null, true)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=bm90LWEta2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", null, true)]
    [InlineData(null, "http://localhost:10002/devstoreaccount1", true)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=teamsevalbot;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net", null, false)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=bm90LWEta2V5;TableEndpoint=http://10.0.0.5:10002/devstoreaccount1;", null, false)]
    [InlineData("UseDevelopmentStorage=true", "https://teamsevalbot.table.core.windows.net/", false)]
    public void StorageEndpoint_IsLoopback_OnlyForAzuriteOrStorageOnThisMachine(string? connectionString, string? tableEndpoint, bool loopback)
    {
        var storage = new StorageOptions { ConnectionString = connectionString, TableEndpoint = tableEndpoint is null ? null : new Uri(tableEndpoint) };

        Assert.Equal(loopback, StorageEndpoint.Of(storage).IsLoopback);
    }

    [Fact]
    public void StorageEndpoint_OfAConnectionStringThatCannotBeRead_Throws() =>
        Assert.ThrowsAny<InvalidOperationException>(() => StorageEndpoint.Of(new StorageOptions { ConnectionString = "not a connection string" }));

    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("https://[::1]:3978", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://teamsevalbot.example.net:3978", false)]
    public void ListenAddress_IsLoopback_OnlyForLoopbackHosts(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));

    [Fact]
    public void ListenAddresses_KestrelEndpointsWinOverUrls_WhichWinOverPorts()
    {
        Assert.Equal(["http://10.0.0.5:1"], ListenAddresses.From(Settings(("Kestrel:Endpoints:Http:Url", "http://10.0.0.5:1"), ("urls", "http://127.0.0.1:2"), ("http_ports", "3"))));
        Assert.Equal(["http://127.0.0.1:2", "http://[::1]:2"], ListenAddresses.From(Settings(("urls", " http://127.0.0.1:2 ; http://[::1]:2"), ("http_ports", "3"))));
        Assert.Equal(["http://*:3", "https://*:4"], ListenAddresses.From(Settings(("http_ports", "3"), ("https_ports", "4"))));
        Assert.Empty(ListenAddresses.From(Settings()));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
