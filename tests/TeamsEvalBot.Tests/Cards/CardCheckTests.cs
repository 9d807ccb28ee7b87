using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>The card check itself must catch bad cards, or a green run proves nothing.</summary>
public sealed class CardCheckTests
{
    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"too new for Teams"}]}""", "version")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"NoSuchElement"}]}""", "Unknown element type")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}""", "Duplicate Id")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Teleport","title":"Go"}]}""", "Unknown action type")]
    public async Task KnownBadCard_IsRejected(string json, string expected)
    {
        var problems = await CardChecker.Shared.ProblemsAsync(JsonNode.Parse(json)!);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task OversizedMessage_IsRejected()
    {
        var card = CardElements.Card([CardElements.Text(new string('x', 21 * 1024))]);
        var message = new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }) };

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CardAssert.ValidMessageAsync(message, "test"));

        Assert.Contains("over 40960", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task HelpAndWelcomeCards_PassTheOfficialLibrary(bool group)
    {
        await CardAssert.ValidAsync(HelpCard.Build(TeamsEvalBot.Hosting.Routes.All.Help, group), "help card");
        await CardAssert.ValidAsync(WelcomeCard.Build(group), "welcome card");
        await CardAssert.ValidAsync(ErrorCard.UnknownCommand("<at>x</at> [a](b)", group), "error card");
    }
}
