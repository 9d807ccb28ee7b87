using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>The facilitator's steps around the ratings, and the readers' calls that are timed.</summary>
public static class WorkshopSteps
{
    public static async Task SayOrThrowAsync(WorkshopDriver<LiveBot> workshop, string text)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        using var response = await workshop.SayAsync(workshop.Facilitator, text);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"'{text}' answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>Reveals each proposal and saves its agreed position at the median's level, with one action.</summary>
    public static async Task RevealAndAgreeAsync(WorkshopDriver<LiveBot> workshop, IEnumerable<string> proposalIds)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        foreach (var id in proposalIds ?? [])
        {
            await SayOrThrowAsync(workshop, $"reveal {id}");
            var (status, card) = await workshop.InvokeAsync(workshop.Action(workshop.Facilitator, "agree", new JsonObject
            {
                ["workshopId"] = workshop.WorkshopId,
                ["proposalId"] = id,
                ["round"] = 1,
                ["version"] = string.Empty,
                ["slots"] = 1,
                ["agreedLevel"] = "2",
                ["rationale"] = "The partners agreed the plan is in place and reviewed.",
                ["dissent"] = string.Empty,
                ["action1"] = $"Review the evidence for {id}",
                ["lead1"] = "Person 1",
                ["partner1"] = "NhsBoard",
                ["timescale1"] = "Ongoing",
                ["status1"] = "Planned",
            }));
            if (status != HttpStatusCode.OK || card?.ToJsonString().Contains("Saved.", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"Agreeing {id} failed: {card?.ToJsonString()}");
            }
        }
    }

    /// <summary>Each person asks for the partnership's summary in their own 1:1 chat with the bot.</summary>
    public static async Task<Latencies> TimeSummariesAsync(WorkshopDriver<LiveBot> workshop, string partnership, int calls)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var latencies = new Latencies();
        for (var i = 0; i < calls; i++)
        {
            var person = workshop.People[i % workshop.People.Count];
            var message = TeamsActivities.Personal($"summary {partnership}", $"a:{person.Id}-personal");
            message["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var response = await workshop.Bot.SendAsync(message);
            latencies.Add(watch.Elapsed);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"summary answered {(int)response.StatusCode}.");
            }
        }

        return latencies;
    }

    /// <summary>The agreed-positions search (composeExtension/query), as typed in the compose box.</summary>
    public static async Task<Latencies> TimeSearchesAsync(WorkshopDriver<LiveBot> workshop, string words, int calls)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var latencies = new Latencies();
        for (var i = 0; i < calls; i++)
        {
            var person = workshop.People[i % workshop.People.Count];
            var query = TeamsActivities.Invoke("composeExtension/query", new JsonObject
            {
                ["commandId"] = "searchAgreedPositions",
                ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = words }),
                ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
            }, $"a:{person.Id}-personal");
            query["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var response = await workshop.Bot.SendAsync(query);
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(watch.Elapsed);
            if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"attachments\":[{", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The search answered {(int)response.StatusCode} with no results: {body[..Math.Min(300, body.Length)]}");
            }
        }

        return latencies;
    }
}
