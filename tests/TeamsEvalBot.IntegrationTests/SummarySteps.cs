using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Steps the summary and search tests share: a workshop with an agreed position, and messages from outside it.</summary>
public static class SummarySteps
{
    /// <summary>A partnership no other test uses: the index is shared by every test on the one Azurite.</summary>
    public static string NewPartnership(out string token)
    {
        token = $"Testshire{Guid.NewGuid():N}"[..20];
        return $"{token} Health and Social Care Partnership";
    }

    /// <summary>Someone who is in no workshop's conversation.</summary>
    public static WorkshopDriver.Person Stranger() => new($"29:stranger-{Guid.NewGuid():N}", "Sam Stranger", "sam.stranger@example.org");

    /// <summary>
    /// Posts 1.1 and 1.2, has four people rate 1.1 (ranks 0, 1, 2, 2: a spread of 2), reveals it and
    /// agrees it at <paramref name="level"/> with one action long overdue, and with
    /// <paramref name="secondAction"/> another, "Ongoing" and in progress. 1.2 stays pending.
    /// </summary>
    public static async Task AgreeOneOneAsync(this WorkshopDriver<BotApp> workshop, string workshopId, string level, string rationale = "The programme is joint.", bool secondAction = false)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAsync(workshop.Facilitator, "post 1.2");
        string[] levels = ["0", "1", "2", "2"];
        for (var i = 0; i < levels.Length; i++)
        {
            await workshop.RateAsync(workshop.People[i], workshopId, "1.1", levels[i], $"evidence from {workshop.People[i].Name}");
        }

        Assert.Equal(HttpStatusCode.OK, (await workshop.SayAsync(workshop.Facilitator, "reveal 1.1")).StatusCode);
        var agreement = new JsonObject
        {
            ["workshopId"] = workshopId,
            ["proposalId"] = "1.1",
            ["round"] = 1,
            ["version"] = string.Empty,
            ["slots"] = secondAction ? 2 : 1,
            ["agreedLevel"] = level,
            ["rationale"] = rationale,
            ["dissent"] = "The third sector would rate it lower.",
            ["action1"] = "Publish the joint leadership plan",
            ["lead1"] = "Person 1",
            ["partner1"] = "NhsBoard",
            ["timescale1"] = "01/01/2020",
            ["status1"] = "Planned",
        };
        if (secondAction)
        {
            agreement["action2"] = "Review the leadership programme";
            agreement["lead2"] = "Person 2";
            agreement["partner2"] = "LocalAuthority";
            agreement["timescale2"] = "Ongoing";
            agreement["status2"] = "InProgress";
        }

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", agreement);
        Assert.Contains("Saved. The agreed position is recorded", card.Wire(), StringComparison.Ordinal);
    }

    /// <summary>A message in the person's 1:1 chat with the bot.</summary>
    public static Task<HttpResponseMessage> SayInPersonalChatAsync(this BotApp bot, WorkshopDriver.Person from, string text, string? aadObjectId = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(from);
        var message = TeamsActivities.Personal(text, $"a:{Guid.NewGuid():N}");
        message["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = aadObjectId };
        return bot.PostAsync(message);
    }

    /// <summary>The one card the bot sent since <paramref name="sentBefore"/> messages, as wire text.</summary>
    public static string ReplySince(this BotApp bot, int sentBefore)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.Connector.SentCards.Skip(sentBefore).Single().Wire();
    }
}
