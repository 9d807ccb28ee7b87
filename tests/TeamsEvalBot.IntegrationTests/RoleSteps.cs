using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Steps the role, ending and erasure tests share.</summary>
public static class RoleSteps
{
    /// <summary>A command that @mentions a person as well as the bot, as Teams sends it.</summary>
    public static Task<HttpResponseMessage> SayAboutAsync(this WorkshopDriver<BotApp> workshop, WorkshopDriver.Person from, string command, WorkshopDriver.Person about)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(about);
        var message = TeamsActivities.GroupMention($"{command} <at>{about.Name}</at>", workshop.ConversationId);
        message["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
        message["entities"]!.AsArray().Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{about.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = about.Id, ["name"] = about.Name } });
        return workshop.Bot.PostAsync(message);
    }

    /// <summary>
    /// The latest update of a shared card, once it holds the text. Counts changed by ratings, roles
    /// or erasure reach the cards from the background refresher, so the test waits for it. Only
    /// calls after the first <paramref name="skipCalls"/> count, so an older update cannot pass for it.
    /// </summary>
    public static async Task<string> CardUpdateAsync(this BotApp bot, string activityId, string expected, int skipCalls = 0)
    {
        ArgumentNullException.ThrowIfNull(bot);
        for (var wait = TimeSpan.Zero; wait < TimeSpan.FromSeconds(10); wait += TimeSpan.FromMilliseconds(50))
        {
            var update = bot.Connector.Calls.Skip(skipCalls).LastOrDefault(c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + activityId, StringComparison.Ordinal))?.Body?.ToJsonString();
            if (update?.Contains(expected, StringComparison.Ordinal) == true)
            {
                return update;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"The card {activityId} was never updated to say: {expected}");
    }
}
