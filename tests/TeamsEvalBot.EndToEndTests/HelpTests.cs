using Xunit.Abstractions;

namespace TeamsEvalBot.EndToEndTests;

[Collection(PlaygroundCollection.Name)]
public sealed class HelpTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string HelpHeading = "What TeamsEvalBot can do";

    [Fact]
    public async Task Help_in_the_personal_chat_shows_the_help_card()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.PersonalChat);

        await playground.SendAsync("help");

        var card = await playground.WaitForCardAsync(HelpHeading);
        Assert.Equal(HelpHeading, await PlaygroundPage.HeadingOfAsync(card));
        await card.ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("help-personal"));
    }

    [Fact]
    public async Task Mentioning_the_bot_with_help_in_the_group_chat_shows_the_help_card()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.GroupChat);

        await playground.MentionBotAsync("help");

        var card = await playground.WaitForCardAsync(HelpHeading);
        Assert.Equal(HelpHeading, await PlaygroundPage.HeadingOfAsync(card));
        await card.ScrollIntoViewIfNeededAsync();
        output.WriteLine("Screenshot: " + await playground.ScreenshotAsync("help-group-chat"));
    }

    [Fact]
    public async Task Another_participant_asking_for_help_in_the_group_chat_gets_the_help_card()
    {
        await using var playground = await fixture.OpenPlaygroundAsync();
        await playground.ChooseConversationAsync(PlaygroundPage.GroupChat);

        await fixture.Users.SendMessageAsync(await fixture.Users.GroupChatIdAsync(), "Catriona Fraser", "help", mentionBot: true);

        var card = await playground.WaitForCardAsync(HelpHeading);
        Assert.Equal(HelpHeading, await PlaygroundPage.HeadingOfAsync(card));
    }
}
