using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;
using Person = TeamsEvalBot.TestSupport.WorkshopDriver.Person;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// A partnership worth attacking, set up once: "Target" with a workshop whose 1.1 is agreed (a
/// rationale, a dissent, an action and evidence no attacker may see) and whose 1.2 is in a second,
/// unrevealed round; another partnership with its own owner; and people outside both, one of them
/// in another tenant that the bot also serves.
/// </summary>
public sealed class TrustWorld : IAsyncLifetime
{
    public const string OtherTenant = "b0b0b0b0-0000-4000-8000-0000000000b2";

    private static readonly string Tag = Guid.NewGuid().ToString("N")[..8];

    public LiveBot Bot { get; private set; } = null!;

    public WorkshopDriver<LiveBot> Target { get; private set; } = null!;

    public WorkshopDriver<LiveBot> Other { get; private set; } = null!;

    public string TargetName { get; } = $"Target Partnership {Tag}";

    public string OtherName { get; } = $"Other Partnership {Tag}";

    public Person Participant => Target.People[1];

    public Person Observer => Target.People[3];

    public Person OtherOwner => Other.Facilitator;

    public Person Colleague { get; } = new($"29:colleague-{Tag}", "Colin Colleague", $"colin.{Tag}@nhs.scot");

    public Person Guest { get; } = new($"29:guest-{Tag}", "Gus Guest (Guest)", $"gus.{Tag}@partner.example");

    public Person Foreigner { get; } = new($"29:foreign-{Tag}", "Fern Foreign", $"fern.{Tag}@elsewhere.example");

    /// <summary>Texts of the target that no attacker may receive, in any form.</summary>
    public IReadOnlyList<string> Secrets { get; } =
        [$"TARGET-RATIONALE-{Tag}", $"TARGET-DISSENT-{Tag}", $"TARGET-ACTION-{Tag}", $"TARGET-EVIDENCE-{Tag}", $"TARGET-ROUND2-{Tag}"];

    public async Task InitializeAsync()
    {
        Bot = await LiveBot.StartAsync(extraSettings: new Dictionary<string, string>
        {
            ["Bot__AllowedTenantIds__0"] = LocalIdentityServer.TenantId,
            ["Bot__AllowedTenantIds__1"] = OtherTenant,
        });
        Target = new WorkshopDriver<LiveBot>(Bot, participants: 5, uniquePeople: true);
        await Target.StartAsync(TargetName);
        await SayOkAsync(Target, Observer, "observe");
        foreach (var command in new[] { "post 1.1", "post 1.2" })
        {
            await SayOkAsync(Target, Target.Facilitator, command);
        }

        foreach (var rater in new[] { Participant, Target.People[2] })
        {
            await InvokeOkAsync(Target.Rating(rater, "1.1", "3", $"{Secrets[3]} from {rater.Name}"));
            await InvokeOkAsync(Target.Rating(rater, "1.2", "1", $"{Secrets[3]} on 1.2"));
        }

        await SayOkAsync(Target, Target.Facilitator, "reveal 1.1");
        var (status, card) = await Target.InvokeAsync(Target.Action(Target.Facilitator, "agree", Agreement("1.1", 1)));
        Assert.True(status == HttpStatusCode.OK && card?.ToJsonString().Contains("Saved.", StringComparison.Ordinal) == true, card?.ToJsonString());
        await SayOkAsync(Target, Target.Facilitator, "reveal 1.2");
        await SayOkAsync(Target, Target.Facilitator, "revote 1.2");
        await InvokeOkAsync(Target.Rating(Target.People[2], "1.2", "2", Secrets[4], round: 2));

        Other = new WorkshopDriver<LiveBot>(Bot, participants: 2, uniquePeople: true);
        await Other.StartAsync(OtherName);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>The reconcile card's form, as Save agreed position sends it.</summary>
    public JsonObject Agreement(string proposalId, int round) => new()
    {
        ["workshopId"] = Target.WorkshopId,
        ["proposalId"] = proposalId,
        ["round"] = round,
        ["version"] = string.Empty,
        ["slots"] = 1,
        ["agreedLevel"] = "3",
        ["rationale"] = Secrets[0],
        ["dissent"] = Secrets[1],
        ["action1"] = Secrets[2],
        ["lead1"] = "Person 1",
        ["partner1"] = "NhsBoard",
        ["timescale1"] = "Ongoing",
        ["status1"] = "Planned",
    };

    /// <summary>A message in a 1:1 chat with the bot.</summary>
    public JsonObject Personal(Person from, string text, string tenant = LocalIdentityServer.TenantId) =>
        From(from, TeamsActivities.Personal(text, $"a:{from.Id}-personal", tenant));

    /// <summary>A message that mentions the bot in a group chat of the sender's own, where no workshop is.</summary>
    public JsonObject OwnChat(Person from, string text, string tenant = LocalIdentityServer.TenantId) =>
        From(from, TeamsActivities.GroupMention(text, $"19:own-{Guid.NewGuid():N}@thread.v2", tenant));

    /// <summary>A message in the target's chat that mentions the bot and one person.</summary>
    public JsonObject About(Person from, string command, Person about)
    {
        var message = From(from, TeamsActivities.GroupMention($"{command} <at>{about.Name}</at>", Target.ConversationId));
        message["entities"]!.AsArray().Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{about.Name}</at>", ["mentioned"] = new JsonObject { ["id"] = about.Id, ["name"] = about.Name } });
        return message;
    }

    /// <summary>The agreed-position search from the message box, in the sender's 1:1 chat.</summary>
    public JsonObject Search(Person from, string query, string tenant = LocalIdentityServer.TenantId)
    {
        var invoke = TeamsActivities.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchAgreedPositions",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = query }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        }, $"a:{from.Id}-personal");
        invoke["conversation"]!["tenantId"] = tenant;
        invoke["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        return From(from, invoke);
    }

    /// <summary>A target card's button pressed in another conversation, as a copied card would be.</summary>
    public JsonObject PressedElsewhere(Person from, string verb, JsonObject data)
    {
        var invoke = Target.Action(from, verb, data);
        invoke["conversation"] = new JsonObject { ["id"] = $"a:{from.Id}-personal", ["conversationType"] = "personal", ["tenantId"] = LocalIdentityServer.TenantId };
        return invoke;
    }

    public Task<MatrixAnswer> SendAsync(JsonObject activity) => MatrixAnswer.RecordAsync(Bot, () => Bot.SendAsync(activity));

    private static JsonObject From(Person person, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
        return activity;
    }

    private static async Task SayOkAsync(WorkshopDriver<LiveBot> workshop, Person from, string text)
    {
        using var response = await workshop.SayAsync(from, text);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{text}: {(int)response.StatusCode}");
    }

    private async Task InvokeOkAsync(JsonObject invoke)
    {
        var (status, card) = await Target.InvokeAsync(invoke);
        Assert.True(status == HttpStatusCode.OK && card?.ToJsonString().Contains("You rated", StringComparison.Ordinal) == true, card?.ToJsonString());
    }
}

[CollectionDefinition(Name)]
public sealed class TrustCollection : ICollectionFixture<TrustWorld>
{
    public const string Name = "Trust world";
}
