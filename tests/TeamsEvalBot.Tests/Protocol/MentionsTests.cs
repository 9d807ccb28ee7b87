using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Tests.Protocol;

public sealed class MentionsTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "TeamsEvalBot" };

    [Fact]
    public void BotMention_IsRemovedAndTheTextTrimmed()
    {
        var activity = WithMention("<at>TeamsEvalBot</at> post 1.1 ", "<at>TeamsEvalBot</at>", Bot.Id!);

        Assert.Equal("post 1.1", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void BotMention_IsMatchedWithoutCase()
    {
        var activity = WithMention("<AT>teamsevalbot</AT> help", "<at>TeamsEvalBot</at>", Bot.Id!);

        Assert.Equal("help", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void MentionsOfOtherPeople_AreKept()
    {
        var activity = WithMention("<at>TeamsEvalBot</at> add facilitator <at>Sam Reid</at>", "<at>TeamsEvalBot</at>", Bot.Id!);
        activity.Entities!.Add(new Entity { Type = "mention", Text = "<at>Sam Reid</at>", Mentioned = new ChannelAccount { Id = "29:sam", Name = "Sam Reid" } });

        Assert.Equal("add facilitator <at>Sam Reid</at>", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void MentionWithoutEntityText_FallsBackToTheBotsName()
    {
        var activity = WithMention("<at>TeamsEvalBot</at> status", string.Empty, Bot.Id!);

        Assert.Equal("status", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void RegexCharactersInTheBotName_AreTakenLiterally()
    {
        var activity = WithMention("<at>Eval (bot)+</at> help", "<at>Eval (bot)+</at>", Bot.Id!);

        Assert.Equal("help", Mentions.TextWithoutBotMention(activity));
    }

    [Fact]
    public void PersonalChatText_IsOnlyTrimmed()
    {
        var activity = new Activity { Text = "  help  ", Recipient = Bot };

        Assert.Equal("help", Mentions.TextWithoutBotMention(activity));
    }

    private static Activity WithMention(string text, string entityText, string mentionedId) => new()
    {
        Text = text,
        Recipient = Bot,
        Entities = [new Entity { Type = "mention", Text = entityText, Mentioned = new ChannelAccount { Id = mentionedId, Name = Bot.Name } }],
    };
}
