using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The authorisation matrix, against the bot process over HTTP with authentication on, on Azurite.
/// Each row is an attempt by someone who must be refused: a participant, an observer, a colleague
/// in the tenant outside the workshop, the owner of another partnership, a guest, and someone in
/// another tenant the bot serves. Each gets a clear card, stores nothing, and receives none of the
/// target's texts, in the invoke's answer or in anything posted to Teams.
/// </summary>
[Collection(TrustCollection.Name)]
public sealed class TrustMatrixTests(TrustWorld world)
{
    private const string NotYours = "You cannot read the summaries of";
    private const string NoWorkshop = "I found no workshop for";
    private const string StartRefused = "only its owners and the facilitators they appoint can start its workshops";
    private const string ImportRefused = "Only the partnership's owners and the facilitators they appoint can import its previous round.";
    private const string Foreign = TrustWorld.OtherTenant;

    public static TheoryData<string, TrustAttack> Attacks => new()
    {
        // A participant of the target's workshop.
        { "a participant shares the summaries with a colleague", new(w => w.About(w.Participant, "share summaries with", w.Colleague), "Only its owners and the facilitators they appoint can share the summaries for") },
        { "a participant stops a share", new(w => w.About(w.Participant, "unshare summaries with", w.Target.People[2]), "Only its owners and the facilitators they appoint can stop sharing the summaries for") },
        { "a participant makes themself an owner", new(w => w.About(w.Participant, "add owner", w.Participant), "Only its owners can change the owners for") },
        { "a participant removes the owner", new(w => w.About(w.Participant, "remove owner", w.Target.Facilitator), "Only its owners can change the owners for") },
        { "a participant imports a previous round in the workshop's chat", new(w => Say(w, w.Participant, $"import previous {w.TargetName} March 2019"), ImportRefused) },
        { "a participant imports in a 1:1 chat", new(w => w.Personal(w.Participant, $"import previous {w.TargetName} 2019-03-01"), ImportRefused) },
        { "a participant saves the import card", new(w => ImportCard(w, w.Participant), "Nothing was imported.") },
        { "a participant saves an agreed position", new(w => w.Target.Action(w.Participant, "agree", w.Agreement("1.1", 1)), "Only a facilitator can save the agreed position.") },
        { "a participant saves on the old reconcile card after revote", new(w => w.Target.Action(w.Participant, "agree", w.Agreement("1.2", 1)), "Only a facilitator can save the agreed position.") },
        { "a participant opens the reconcile card", new(w => w.Target.Action(w.Participant, "reconcile", Card(w, "1.1", 1)), "Only a facilitator can reconcile a proposal.") },
        { "a participant reads the agreed position's history", new(w => Say(w, w.Participant, "history 1.1"), "Only a facilitator can see the history of an agreed position.") },
        { "a participant starts the partnership's workshop in their own chat", new(w => w.OwnChat(w.Participant, $"start workshop {w.TargetName}"), StartRefused) },
        { "a participant ends the workshop", new(w => Say(w, w.Participant, "end workshop"), "Only a facilitator can end the workshop.") },

        // An observer of the target's workshop.
        { "an observer shares the summaries", new(w => w.About(w.Observer, "share summaries with", w.Colleague), "Only its owners and the facilitators they appoint can share the summaries for") },
        { "an observer imports a previous round", new(w => w.Personal(w.Observer, $"import previous {w.TargetName} 2019-03-01"), ImportRefused) },
        { "an observer saves an agreed position", new(w => w.Target.Action(w.Observer, "agree", w.Agreement("1.1", 1)), "Only a facilitator can save the agreed position.") },
        { "an observer starts the partnership's workshop elsewhere", new(w => w.OwnChat(w.Observer, $"start workshop {w.TargetName}"), StartRefused) },

        // The facilitator's own old card must not show a round nobody has seen the results of.
        { "the facilitator saves on the old reconcile card after revote", new(w => w.Target.Action(w.Target.Facilitator, "agree", w.Agreement("1.2", 1)), "A new round is open for this proposal") },

        // A colleague in the same tenant, outside the workshop.
        { "a colleague reads the summary", new(w => w.Personal(w.Colleague, $"summary {w.TargetName}"), NotYours) },
        { "a colleague reads one proposal", new(w => w.Personal(w.Colleague, $"summary 1.1 {w.TargetName}"), NotYours) },
        { "a colleague compares the workshops", new(w => w.Personal(w.Colleague, $"compare {w.TargetName}"), NotYours) },
        { "a colleague exports the Word report", new(w => w.Personal(w.Colleague, $"export word {w.TargetName}"), NotYours) },
        { "a colleague exports the Excel plan", new(w => w.Personal(w.Colleague, $"export excel {w.TargetName}"), NotYours) },
        { "a colleague imports a previous round of the partnership", new(w => w.Personal(w.Colleague, $"import previous {w.TargetName} 2019-03-01"), ImportRefused) },
        { "a colleague saves the import card", new(w => ImportCard(w, w.Colleague), "Nothing was imported.") },
        { "a colleague starts the partnership's workshop", new(w => w.OwnChat(w.Colleague, $"start workshop {w.TargetName}"), StartRefused) },
        { "a colleague registers a full-width look-alike name", new(w => w.OwnChat(w.Colleague, $"start workshop {FullWidth(w.TargetName)}"), StartRefused) },
        { "a colleague registers the name with a zero-width space", new(w => w.OwnChat(w.Colleague, $"start workshop {w.TargetName.Insert(3, "\u200B")}"), "hidden characters") },
        { "a colleague registers the name with a right-to-left override", new(w => w.OwnChat(w.Colleague, $"start workshop \u202E{w.TargetName}"), "hidden characters") },
        { "a colleague registers a look-alike name with a Cyrillic letter", new(w => w.OwnChat(w.Colleague, $"start workshop {w.TargetName.Replace('a', '\u0430')}"), "not letters of the Latin alphabet") },
        { "a colleague searches the agreed positions", new(w => w.Search(w.Colleague, "1.1"), null) },
        { "a colleague presses a copied agree button in their own chat", new(w => w.PressedElsewhere(w.Colleague, "agree", w.Agreement("1.1", 1)), "I cannot find the proposal this card belongs to.") },
        { "a colleague presses a copied reconcile button in their own chat", new(w => w.PressedElsewhere(w.Colleague, "reconcile", Card(w, "1.1", 1)), "There is no revealed proposal on this card to reconcile.") },

        // The owner of another partnership in the same tenant.
        { "another partnership's owner reads the summary", new(w => w.Personal(w.OtherOwner, $"summary {w.TargetName}"), NotYours) },
        { "another partnership's owner exports the Word report", new(w => w.Personal(w.OtherOwner, $"export word {w.TargetName}"), NotYours) },
        { "another partnership's owner imports a previous round", new(w => w.Personal(w.OtherOwner, $"import previous {w.TargetName} 2019-03-01"), ImportRefused) },
        { "another partnership's owner starts the partnership's workshop", new(w => w.OwnChat(w.OtherOwner, $"start workshop {w.TargetName}"), StartRefused) },
        { "another partnership's owner shares the target from their own workshop", new(w => w.OwnChat(w.OtherOwner, $"share summaries with {w.TargetName}"), "There is no open workshop in this conversation.") },

        // A guest in the host tenant.
        { "a guest reads the summary", new(w => w.Personal(w.Guest, $"summary {w.TargetName}"), NotYours) },
        { "a guest compares the workshops", new(w => w.Personal(w.Guest, $"compare {w.TargetName}"), NotYours) },
        { "a guest searches the agreed positions", new(w => w.Search(w.Guest, w.TargetName), null) },

        // Someone in another tenant that the bot serves.
        { "another tenant reads the summary by name", new(w => w.Personal(w.Foreigner, $"summary {w.TargetName}", Foreign), NoWorkshop) },
        { "another tenant compares by name", new(w => w.Personal(w.Foreigner, $"compare {w.TargetName}", Foreign), NoWorkshop) },
        { "another tenant exports by name", new(w => w.Personal(w.Foreigner, $"export word {w.TargetName}", Foreign), NoWorkshop) },
        { "another tenant searches the agreed positions", new(w => w.Search(w.Foreigner, "1.1", Foreign), null) },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task AnAttempt_IsRefusedWithAClearCard_StoresNothing_AndLeaksNothing(string who, TrustAttack attack)
    {
        ArgumentNullException.ThrowIfNull(attack);
        var before = await WorkshopDriver.SnapshotAsync(world.Bot.Azurite);

        var answer = await world.SendAsync(attack.Activity(world));

        Assert.True(answer.Status == HttpStatusCode.OK, $"{who}: {answer}");
        var received = answer.Body + string.Concat(answer.Posts.Select(p => p.Body?.ToJsonString()));
        foreach (var secret in world.Secrets)
        {
            Assert.False(received.Contains(secret, StringComparison.Ordinal), $"{who} received {secret}: {answer}");
        }

        if (attack.Refusal is { } refusal)
        {
            var cards = answer.Posts.Select(p => p.Body!["attachments"]?[0]?["content"]).Append(answer.Json?["value"]).OfType<JsonNode>();
            Assert.True(cards.Any(c => MatrixExpect.Text(c).Contains(refusal, StringComparison.Ordinal)), $"{who}: expected a card saying \"{refusal}\", got {answer}");
        }

        Assert.Equal(before, await WorkshopDriver.SnapshotAsync(world.Bot.Azurite));
    }

    [Fact]
    public async Task TheMatrix_CoversEveryKindOfAttacker()
    {
        var rows = Attacks.Select(row => (string)row[0]).ToList();
        Assert.True(rows.Count >= 30, $"{rows.Count} attempts");
        foreach (var attacker in new[] { "a participant", "an observer", "a colleague", "another partnership's owner", "a guest", "another tenant" })
        {
            Assert.Contains(rows, r => r.StartsWith(attacker, StringComparison.Ordinal));
        }

        // The owners themselves are not refused: the matrix refuses the others for what it is, not by accident.
        var owner = await world.SendAsync(world.Personal(world.Target.Facilitator, $"summary 1.1 {world.TargetName}"));
        Assert.Contains(world.Secrets[0], owner.Posts.Single().Body!.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Say(TrustWorld w, TeamsEvalBot.TestSupport.WorkshopDriver.Person from, string text)
    {
        var message = TeamsActivities.GroupMention(text, w.Target.ConversationId);
        message["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
        return message;
    }

    private static JsonObject Card(TrustWorld w, string proposalId, int round) =>
        new() { ["workshopId"] = w.Target.WorkshopId, ["proposalId"] = proposalId, ["round"] = round };

    private static JsonObject ImportCard(TrustWorld w, TeamsEvalBot.TestSupport.WorkshopDriver.Person from)
    {
        var invoke = w.Target.Action(from, "importPrevious", new JsonObject
        {
            ["importId"] = Guid.NewGuid().ToString("N"),
            ["partnership"] = w.TargetName,
            ["date"] = "2019-03-01",
            ["level-1.1"] = "2",
        });
        invoke["conversation"] = new JsonObject { ["id"] = $"a:{from.Id}-personal", ["conversationType"] = "personal", ["tenantId"] = LocalIdentityServer.TenantId };
        return invoke;
    }

    // "Target" in full-width letters: NFKC makes it the same name.
    private static string FullWidth(string name) => string.Concat(name.Take(6).Select(c => c is >= 'A' and <= 'z' ? (char)(c + 0xFEE0) : c)) + name[6..];
}
