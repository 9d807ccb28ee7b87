using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;
using static TeamsEvalBot.IntegrationTests.Live.MatrixExpect;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// Bad input against the bot process over HTTP, signed as Teams signs it. Each kind gets the answer
/// the protocol calls for and leaves every stored row as it was. Protocol errors are logged as
/// warnings (2001 too large, 2002 malformed, 2004 foreign tenant); a person's mistakes are logged at
/// Information (2201), below the level the live bot logs at, so for those only the answer is checked.
/// </summary>
[Collection(LiveBotCollection.Name)]
public sealed class BadInputMatrixTests(LiveBotFixture fixture)
{
    private const string ForeignTenant = "72f988bf-0000-4000-8000-0000000000ff";
    private const string UnknownWorkshop = "I cannot find the workshop this card belongs to. Nothing was saved.";
    private const string SeeTheWorkshop = "Type status to see this conversation's workshop.";
    private const string UnknownProposal = "I cannot find the proposal this card is about. Nothing was saved.";
    private const string SeeTheProposals = "Type status to see the posted proposals.";
    private const string LevelNotOnTheScale = "Your rating was not saved, because the level is not one of the four on this card.";
    private const string ChooseALevel = "Choose a level, then press Rate again.";
    private const string AskTheFacilitator = "Ask Person 0";

    public static TheoryData<string, MatrixBadInput> Kinds => new()
    {
        // Protocol errors: refused before any handling.
        { "malformed JSON", new(w => w.SendRawAsync("{\"type\": \"message\", "), Refused(HttpStatusCode.BadRequest), 2002) },
        { "a body that is a JSON array", new(w => w.SendRawAsync("[]"), Refused(HttpStatusCode.BadRequest), 2002) },
        { "a body that is JSON null", new(w => w.SendRawAsync("null"), Refused(HttpStatusCode.BadRequest), 2002) },
        { "a body over 256 KB", new(w => w.SendRawAsync(Message(w, "help " + new string('x', 300 * 1024)).ToJsonString()), Refused(HttpStatusCode.RequestEntityTooLarge), 2001) },
        { "no type", new(w => w.SendAsync(Message(w, "help").Also(a => a.Remove("type"))), Refused(HttpStatusCode.BadRequest), 2002) },
        { "type null", new(w => w.SendAsync(Message(w, "help").Also(a => a["type"] = null)), Refused(HttpStatusCode.BadRequest), 2002) },
        { "type not a string", new(w => w.SendAsync(Message(w, "help").Also(a => a["type"] = 42)), Refused(HttpStatusCode.BadRequest), 2002) },
        { "an unknown activity type", new(w => w.SendAsync(Message(w, "help").Also(a => a["type"] = "someFutureActivityType")), Ignored()) },
        { "an unknown invoke name", new(w => w.SendAsync(w.Workshop.Action(w.Participant, "rate", []).Also(a => a["name"] = "some/unknownInvoke")), Refused(HttpStatusCode.NotImplemented)) },
        { "an adaptiveCard/action invoke with no value", new(w => w.SendAsync(w.Rating("1.1").Also(a => a["value"] = null)), InvokeError(400)) },
        { "Action.Submit instead of Action.Execute", new(w => w.SendAsync(w.Rating("1.1").Also(a => a["value"]!["action"]!["type"] = "Action.Submit")), InvokeError(400, "NotSupported")) },
        { "a cross-tenant rating", new(w => w.SendAsync(w.Rating("1.1").Also(Foreign)), Refused(HttpStatusCode.Forbidden), 2004) },
        { "a cross-tenant command", new(w => w.SendAsync(Message(w, "post 1.4").Also(Foreign)), Refused(HttpStatusCode.Forbidden), 2004) },

        // Wrong values and wrong value shapes: the rating form comes back with what went wrong.
        { "level 4, above the scale (0 to 3)", Rate("1.1", d => d["level"] = "4", LevelNotOnTheScale, ChooseALevel) },
        { "level 5", Rate("1.1", d => d["level"] = "5", LevelNotOnTheScale, ChooseALevel) },
        { "level -1", Rate("1.1", d => d["level"] = "-1", LevelNotOnTheScale, ChooseALevel) },
        { "level with a leading zero", Rate("1.1", d => d["level"] = "02", LevelNotOnTheScale, ChooseALevel) },
        { "level not a number", Rate("1.1", d => d["level"] = "Excellent", LevelNotOnTheScale, ChooseALevel) },
        { "level empty", Rate("1.1", d => d["level"] = string.Empty, LevelNotOnTheScale, ChooseALevel) },
        { "level missing", Rate("1.1", d => d.Remove("level"), LevelNotOnTheScale, ChooseALevel) },

        // Teams sends every card input as a string; any other JSON shape is not a card's input.
        { "level as a JSON number", Rate("1.1", d => d["level"] = 2, LevelNotOnTheScale, ChooseALevel) },
        { "level as a JSON boolean", Rate("1.1", d => d["level"] = true, LevelNotOnTheScale, ChooseALevel) },
        { "level as a JSON array", Rate("1.1", d => d["level"] = new JsonArray("2"), LevelNotOnTheScale, ChooseALevel) },
        { "level as a JSON object", Rate("1.1", d => d["level"] = new JsonObject { ["rank"] = 2 }, LevelNotOnTheScale, ChooseALevel) },
        { "workshopId as a JSON number", Rate("1.1", d => d["workshopId"] = 1234567890, UnknownWorkshop, SeeTheWorkshop) },
        { "proposalId as a JSON number", Rate("1.1", d => d["proposalId"] = 1.1, UnknownProposal, SeeTheProposals) },
        { "workshopId missing", Rate("1.1", d => d.Remove("workshopId"), UnknownWorkshop, SeeTheWorkshop) },
        { "an unknown workshop", Rate("1.1", d => d["workshopId"] = "0123456789abcdef0123456789abcdef", UnknownWorkshop, SeeTheWorkshop) },
        { "an unknown proposal", Rate("9.9", null, "Proposal 9.9 is not posted in this workshop.", SeeTheProposals) },
        { "a proposal not yet posted", Rate("1.4", null, "Proposal 1.4 is not posted in this workshop.", SeeTheProposals) },
        { "a round not yet open", Rate("1.1", d => d["round"] = 2, UnknownWorkshop, SeeTheWorkshop) },
        { "evidence over 2,000 characters", Rate("1.1", d => d["evidence"] = new string('e', 2001), "Your evidence is 2,001 characters, so it was not saved. The limit is 2,000.", "Shorten it, then press Rate again.") },
        { "a suggested action over 1,000 characters", Rate("1.1", d => d["suggestedAction"] = new string('a', 1001), "Your suggested action is 1,001 characters, so nothing was saved. The limit is 1,000.", "Shorten it, then press Rate again.") },
        { "control characters in the evidence", Rate("1.1", d => d["evidence"] = "bell\u0007 escape\u001B", "Your text holds hidden control characters, so it was not saved.", "Type the text again rather than pasting it") },
        { "a NUL in the suggested action", Rate("1.1", d => d["suggestedAction"] = "before\u0000after", "Your text holds hidden control characters, so it was not saved.", "Type the text again rather than pasting it") },

        // Characters Table Storage forbids in keys never reach a key.
        { "/ in the workshopId", Rate("1.1", d => d["workshopId"] = KeyCharacter(d, '/'), UnknownWorkshop, SeeTheWorkshop) },
        { "\\ in the workshopId", Rate("1.1", d => d["workshopId"] = KeyCharacter(d, '\\'), UnknownWorkshop, SeeTheWorkshop) },
        { "# in the workshopId", Rate("1.1", d => d["workshopId"] = KeyCharacter(d, '#'), UnknownWorkshop, SeeTheWorkshop) },
        { "? in the workshopId", Rate("1.1", d => d["workshopId"] = KeyCharacter(d, '?'), UnknownWorkshop, SeeTheWorkshop) },
        { "/ in the proposalId", Rate("1/1", null, UnknownProposal, SeeTheProposals) },
        { "\\ in the proposalId", Rate("1\\1", null, UnknownProposal, SeeTheProposals) },
        { "# in the proposalId", Rate("1#1", null, UnknownProposal, SeeTheProposals) },
        { "? in the proposalId", Rate("1.1?", null, UnknownProposal, SeeTheProposals) },

        // The state of the workshop, and who may do what.
        { "a closed proposal", Rate("1.2", null, "This proposal is closed, so your rating was not saved.", "Ask the facilitator to open a new round.") },
        { "a revealed proposal", Rate("1.3", null, "This proposal is closed, so your rating was not saved.", "Ask the facilitator to open a new round.") },
        { "an observer's rating", new(w => w.SendAsync(w.Rating("1.1", from: w.Observer)), ErrorCard("You are observing this workshop, so your rating was not saved.", "ask a facilitator to remove you as an observer")) },
        { "a participant types post", Command(w => w.Participant, "post 1.4", "post proposals") },
        { "a participant types close", Command(w => w.Participant, "close 1.1", "close a proposal") },
        { "a participant types reveal", Command(w => w.Participant, "reveal 1.1", "reveal results") },
        { "a participant types reconcile", Command(w => w.Participant, "reconcile 1.3", "reconcile a proposal") },
        { "a participant types revote", Command(w => w.Participant, "revote 1.3", "open a new round") },
        { "a participant types end workshop", Command(w => w.Participant, "end workshop", "end the workshop") },
        { "an observer types reveal", Command(w => w.Observer, "reveal 1.1", "reveal results") },
        { "a participant presses Reconcile", new(w => w.SendAsync(w.Button("reconcile", "1.3")), ErrorCard("Only a facilitator can reconcile a proposal.", AskTheFacilitator)) },
        { "a participant presses Save agreed position", new(w => w.SendAsync(w.Button("agree", "1.3").Also(a => Agreement(MatrixWorkshop.Data(a)))), ErrorCard("Only a facilitator can save the agreed position. Nothing was changed.", AskTheFacilitator)) },
        { "a participant saves the settings", new(w => w.SendAsync(w.Button("settings", string.Empty).Also(a => MatrixWorkshop.Data(a)["anonymity"] = "anonymous")), ErrorCard("Only a facilitator can change the settings. Nothing was changed.", AskTheFacilitator)) },
        { "an unknown card verb", new(w => w.SendAsync(w.Button("launchMissiles", "1.1")), ErrorCard("This button is not one I know.", "Ask the facilitator to post it again.")) },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task BadInput_GetsTheAnswerTheProtocolCallsFor_AndChangesNothing(string kind, MatrixBadInput bad)
    {
        ArgumentNullException.ThrowIfNull(bad);
        var workshop = await MatrixWorkshop.ForAsync(fixture.Bot);
        var log = MatrixLog.Mark(fixture.Bot, 2001, 2002, 2004);
        var before = await WorkshopDriver.SnapshotAsync(fixture.Bot.Azurite);

        var answer = await bad.Send(workshop);

        bad.Expected(answer);
        Assert.Equal(before, await WorkshopDriver.SnapshotAsync(fixture.Bot.Azurite));
        if (bad.Warning is { } eventId)
        {
            await log.AssertWarnedAsync(eventId, kind);
        }
    }

    /// <summary>
    /// Markup in evidence is not a mistake a person can be told to fix: the designed answer is to
    /// store it as typed and only ever show it as a TextRun, which Teams never renders as markdown
    /// or HTML. So storage changes here, by exactly this rating.
    /// </summary>
    public static TheoryData<string, string> Markup => new()
    {
        { "an HTML script", "<script>alert('x')</script>" },
        { "an HTML image with onerror", "<img src=x onerror=alert(1)>" },
        { "a markdown link and bold", "[click](https://evil.example) **now**" },
        { "an Adaptive Card template expression", "${$root.secret} {{DATE(2019-03-14T00:00:00Z)}}" },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public async Task MarkupInEvidence_IsStoredAsTyped_AndShownOnlyAsInertText(string kind, string evidence)
    {
        var workshop = await MatrixWorkshop.ForAsync(fixture.Bot);
        var rater = workshop.Workshop.People[2];

        var answer = await workshop.SendAsync(workshop.Rating("1.1", d => d["evidence"] = evidence, rater));

        Assert.True(answer.Status == HttpStatusCode.OK, $"{kind}: {answer}");
        var card = answer.Json!["value"]!;
        Assert.Contains("You rated", Text(card), StringComparison.Ordinal);
        Assert.Contains(Runs(card), r => r == evidence);
        Assert.DoesNotContain(TextBlocks(card), t => t.Contains(evidence, StringComparison.Ordinal));
        var stored = await workshop.Workshop.Store.GetRatingsAsync(workshop.Id, "1.1", 1, CancellationToken.None);
        Assert.Equal(evidence, stored.Single(r => r.ParticipantId == rater.Id).Evidence);
    }

    /// <summary>
    /// A person's id comes from Teams, signed by the channel: it is not a mistake the person made.
    /// The designed answer is KeyEncoding: the rating is stored under an escaped key and reads back intact.
    /// </summary>
    [Theory]
    [InlineData('/')]
    [InlineData('\\')]
    [InlineData('#')]
    [InlineData('?')]
    public async Task KeyCharacterInThePersonId_IsStoredUnderAnEscapedKey_AndReadsBackIntact(char c)
    {
        var workshop = await MatrixWorkshop.ForAsync(fixture.Bot);
        var person = new WorkshopDriver.Person($"29:key{c}{Guid.NewGuid():N}", "Key Person", "key.person@nhs.scot");

        var answer = await workshop.SendAsync(workshop.Rating("1.1", from: person));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Contains("You rated", Text(answer.Json!["value"]!), StringComparison.Ordinal);
        var stored = await workshop.Workshop.Store.GetRatingsAsync(workshop.Id, "1.1", 1, CancellationToken.None);
        Assert.Equal(2, stored.Single(r => r.ParticipantId == person.Id).LevelRank);
    }

    private static MatrixBadInput Rate(string proposalId, Action<JsonObject>? change, string whatHappened, string whatToDo) =>
        new(w => w.SendAsync(w.Rating(proposalId, change)), ErrorCard(whatHappened, whatToDo));

    private static MatrixBadInput Command(Func<MatrixWorkshop, WorkshopDriver.Person> who, string text, string action) =>
        new(w => w.SayAsync(who(w), text), ErrorReply($"Only a facilitator can {action}. Nothing was changed.", AskTheFacilitator));

    /// <summary>A message that mentions the bot in the workshop's chat, from the participant.</summary>
    private static JsonObject Message(MatrixWorkshop workshop, string text)
    {
        var activity = TeamsActivities.GroupMention(text, workshop.Workshop.ConversationId);
        activity["from"] = new JsonObject { ["id"] = workshop.Participant.Id, ["name"] = workshop.Participant.Name };
        activity["serviceUrl"] = workshop.Bot.ServiceUrl;
        return activity;
    }

    private static void Foreign(JsonObject activity)
    {
        activity["conversation"]!["tenantId"] = ForeignTenant;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ForeignTenant } };
    }

    /// <summary>The real workshop id with its last character replaced, so only the key character is wrong.</summary>
    private static string KeyCharacter(JsonObject data, char c) => data["workshopId"]!.GetValue<string>()[..^1] + c;

    private static void Agreement(JsonObject data)
    {
        data["level"] = "2";
        data["rationale"] = "The partners agree the plan is in place.";
        data["dissent"] = string.Empty;
    }

    private static IEnumerable<string> Runs(JsonNode card) => Elements(card, "TextRun");

    private static IEnumerable<string> TextBlocks(JsonNode card) => Elements(card, "TextBlock");

    private static IEnumerable<string> Elements(JsonNode? node, string type) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && t.TryGetValue<string>(out var name) && name == type && o["text"] is JsonValue v => [v.GetValue<string>()],
        JsonObject o => o.SelectMany(p => Elements(p.Value, type)),
        JsonArray a => a.SelectMany(n => Elements(n, type)),
        _ => [],
    };
}
