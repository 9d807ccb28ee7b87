using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>The facilitators' journey on a real Azurite: reconcile, agree, revise, rounds and actions.</summary>
[Collection(StorageCollection.Name)]
public sealed class ReconciliationTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    private AgreedPositionStore Positions => bot.Services.GetRequiredService<AgreedPositionStore>();

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Reconcile_BeforeTheReveal_IsRefused_SoNoRatingsLeak()
    {
        var (workshop, _) = await RatedAsync(reveal: false);
        var sentBefore = bot.Connector.SentActivities.Count();

        await workshop.SayAsync(workshop.Facilitator, "reconcile 1.1");

        var reply = bot.Connector.SentActivities.Skip(sentBefore).Single().Wire();
        Assert.Contains("Reveal the proposal first", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Suggested level", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ShowsTheSpreadFlagsEvidenceAndASuggestedLevel()
    {
        var (workshop, _) = await RatedAsync();

        await workshop.SayAsync(workshop.Facilitator, "reconcile 1.1");

        var card = bot.Connector.SentCards.Last().Wire();
        Assert.Contains("Reconcile proposal 1.1", card, StringComparison.Ordinal);
        Assert.Contains("Established: 2 of 4 (50%)", card, StringComparison.Ordinal);
        Assert.Contains("Suggested level: Partly established. The median falls between", card, StringComparison.Ordinal);
        Assert.Contains("evidence from Person 3", card, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Agree_StoresThePosition_PostsTheAgreedCard_AndAudits()
    {
        var (workshop, workshopId) = await RatedAsync();

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "2", "The programme is joint.", version: "",
            ("Publish the joint leadership plan", "Person 1", "LocalAuthority", "31/03/2027", "Planned")));

        Assert.Contains("Saved. The agreed position is recorded", card.Wire(), StringComparison.Ordinal);
        var stored = (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.Value;
        Assert.Equal((2, "The programme is joint.", 1), (stored.LevelRank, stored.Rationale, stored.Round));
        var action = Assert.Single(stored.Actions);
        Assert.Equal(("Publish the joint leadership plan", "Person 1", PartnerOrganisation.LocalAuthority, new DateOnly(2027, 3, 31), ActionStatus.Planned), (action.Action, action.Lead, action.Partner, action.Timescale.Date, action.Status));
        Assert.Contains("position agreed", bot.Connector.SentCards.Last().Wire(), StringComparison.Ordinal);
        var audit = Assert.Single(await Positions.GetAuditAsync(workshopId, "1.1", CancellationToken.None));
        Assert.Null(audit.Before);
        Assert.Equal(workshop.Facilitator.Id, audit.By.Id);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Revise_KeepsEverySaveInTheAuditTrail_AndHistoryShowsIt()
    {
        var (workshop, workshopId) = await RatedAsync();
        await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "2", "First view.", version: ""));
        var version = (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.ETag.ToString();

        await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "1", "Second view after the audit committee.", version));
        await workshop.SayAsync(workshop.Facilitator, "history 1.1");

        var audit = await Positions.GetAuditAsync(workshopId, "1.1", CancellationToken.None);
        Assert.Equal(2, audit.Count);
        Assert.Equal(("First view.", "Second view after the audit committee."), (audit[1].Before!.Rationale, audit[1].After.Rationale));
        var history = bot.Connector.SentCards.Last().Wire();
        Assert.Contains("Level changed from Established to Partly established.", history, StringComparison.Ordinal);
        Assert.Contains("Rationale changed.", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFacilitatorsSavingAtOnce_TheSecondIsToldAndNothingIsLost()
    {
        var (workshop, workshopId) = await RatedAsync();
        await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "2", "Original.", version: ""));
        var version = (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.ETag.ToString();

        // Both opened the card at the same version; the first save wins.
        await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "3", "Winner's rationale.", version));
        var before = await workshop.SnapshotAsync();
        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "0", "Loser's rationale.", version));

        var text = card.Wire();
        Assert.Contains("saved it at", text, StringComparison.Ordinal);
        Assert.Contains("so your changes were not saved", text, StringComparison.Ordinal);
        Assert.Contains("Winner's rationale.", text, StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Equal("Winner's rationale.", (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.Value.Rationale);
    }

    [Theory]
    [InlineData("", "A rationale", "Choose the agreed level")]
    [InlineData("9", "A rationale", "Choose the agreed level")]
    [InlineData("2", "", "Write the rationale")]
    public async Task Agree_WithBadInput_SaysWhatToDo_AndStoresNothing(string level, string rationale, string expected)
    {
        var (workshop, workshopId) = await RatedAsync();
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, level, rationale, version: ""));

        Assert.Contains(expected, card.Wire(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Agree_WithAHalfFilledAction_KeepsTheInputAndStoresNothing()
    {
        var (workshop, workshopId) = await RatedAsync();
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "2", "Rationale kept", version: "",
            ("An action without a lead", "", "NhsBoard", "Ongoing", "Planned")));

        Assert.Contains("Action 1 needs what will be done, a lead and a timescale", card.Wire(), StringComparison.Ordinal);
        Assert.Contains("An action without a lead", card.Wire(), StringComparison.Ordinal);
        Assert.Contains("Rationale kept", card.Wire(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Agree_ByAParticipant_IsRefused_AndStoresNothing()
    {
        var (workshop, workshopId) = await RatedAsync();
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.ActAsync(workshop.People[2], "agree", Agreement(workshopId, "2", "Not mine to agree.", version: ""));

        Assert.Contains("Only a facilitator can save the agreed position", card.Wire(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Theory]
    [InlineData("reconcile 1.1")]
    [InlineData("revote 1.1")]
    [InlineData("history 1.1")]
    public async Task FacilitatorCommands_FromAParticipant_AreRefused(string command)
    {
        var (workshop, _) = await RatedAsync();
        var before = await workshop.SnapshotAsync();
        var sentBefore = bot.Connector.SentActivities.Count();

        await workshop.SayAsync(workshop.People[3], command);

        Assert.Contains("Only a facilitator can", bot.Connector.SentActivities.Skip(sentBefore).Single().Wire(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Revote_OpensRoundTwo_KeepsRoundOne_AndReconcileShowsTheMovement()
    {
        var (workshop, workshopId) = await RatedAsync();

        await workshop.SayAsync(workshop.Facilitator, "revote 1.1");
        var progress = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value;
        Assert.Equal((2, ProposalStatus.Open), (progress.Round, progress.Status));
        Assert.Contains("Round 2", bot.Connector.SentCards.SkipLast(1).Last().Wire(), StringComparison.Ordinal);

        // Round-one cards can be read but no longer rated.
        var (_, stale) = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2", "late");
        Assert.Contains("This card is for round 1, but round 2 is open now.", stale.Wire(), StringComparison.Ordinal);

        foreach (var person in workshop.People.Take(4))
        {
            await workshop.ActAsync(person, "rate", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 2, ["level"] = "2", ["evidence"] = "agreed after discussion" });
        }

        await workshop.SayAsync(workshop.Facilitator, "reveal 1.1");
        await workshop.SayAsync(workshop.Facilitator, "reconcile 1.1");

        Assert.Equal(4, (await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).Count);
        Assert.Equal(4, (await workshop.Store.GetRatingsAsync(workshopId, "1.1", 2, CancellationToken.None)).Count);
        var card = bot.Connector.SentCards.Last().Wire();
        Assert.Contains("How the ratings moved between rounds", card, StringComparison.Ordinal);
        Assert.Contains("Established: 2 → 4", card, StringComparison.Ordinal);
        Assert.Contains("Consensus.", card, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Actions_AreListed_OverdueInUkTime_AndTheirLeadCanChangeTheStatus()
    {
        var (workshop, workshopId) = await RatedAsync();
        await workshop.ActAsync(workshop.Facilitator, "agree", Agreement(workshopId, "2", "Agreed.", version: "",
            ("Long overdue review", workshop.People[2].Id, "NhsBoard", "01/01/2020", "Planned"),
            ("Keep meeting", "Person 3", "ThirdSector", "Ongoing", "InProgress")));

        await workshop.SayAsync(workshop.Facilitator, "actions overdue");
        var overdue = bot.Connector.SentCards.Last().Wire();
        Assert.Contains("Long overdue review", overdue, StringComparison.Ordinal);
        Assert.Contains("Overdue", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep meeting", overdue, StringComparison.Ordinal);

        var (_, refused) = await workshop.ActAsync(workshop.People[3], "actionStatus", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["index"] = 0, ["status-1.1-0"] = "Done" });
        Assert.Contains("Only the action's lead or a facilitator", refused.Wire(), StringComparison.Ordinal);

        // Someone who shares the lead's display name is not the lead: the lead was chosen by id.
        var namesake = workshop.People[2] with { Id = "29:namesake-of-person-2" };
        var (_, alsoRefused) = await workshop.ActAsync(namesake, "actionStatus", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["index"] = 0, ["status-1.1-0"] = "Done" });
        Assert.Contains("Only the action's lead or a facilitator", alsoRefused.Wire(), StringComparison.Ordinal);
        Assert.Equal(("Person 2", workshop.People[2].Id), ((await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.Value.Actions[0].Lead, (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.Value.Actions[0].LeadId));

        var (_, done) = await workshop.ActAsync(workshop.People[2], "actionStatus", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["index"] = 0, ["status-1.1-0"] = "Done" });
        Assert.Contains("Status updated to Done.", done.Wire(), StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Done, (await Positions.GetAsync(workshopId, "1.1", CancellationToken.None))!.Value.Actions[0].Status);
        Assert.Equal(2, (await Positions.GetAuditAsync(workshopId, "1.1", CancellationToken.None)).Count);
    }

    /// <summary>A workshop where four people rated 1.1 (ranks 0, 1, 2, 2 → median 1.5) and, by default, it was revealed.</summary>
    private async Task<(WorkshopDriver<BotApp> Workshop, string WorkshopId)> RatedAsync(bool reveal = true)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        string[] levels = ["0", "1", "2", "2"];
        for (var i = 0; i < levels.Length; i++)
        {
            await workshop.RateAsync(workshop.People[i], workshopId, "1.1", levels[i], $"evidence from {workshop.People[i].Name}");
        }

        if (reveal)
        {
            Assert.Equal(HttpStatusCode.OK, (await workshop.SayAsync(workshop.Facilitator, "reveal 1.1")).StatusCode);
        }

        return (workshop, workshopId);
    }

    private static JsonObject Agreement(string workshopId, string level, string rationale, string version, params (string Action, string Lead, string Partner, string Timescale, string Status)[] actions)
    {
        var data = new JsonObject
        {
            ["workshopId"] = workshopId,
            ["proposalId"] = "1.1",
            ["round"] = 1,
            ["version"] = version,
            ["slots"] = Math.Max(1, actions.Length),
            ["agreedLevel"] = level,
            ["rationale"] = rationale,
            ["dissent"] = "",
        };
        for (var i = 0; i < actions.Length; i++)
        {
            var n = i + 1;
            data[$"action{n}"] = actions[i].Action;
            data[$"lead{n}"] = actions[i].Lead;
            data[$"partner{n}"] = actions[i].Partner;
            data[$"timescale{n}"] = actions[i].Timescale;
            data[$"status{n}"] = actions[i].Status;
        }

        return data;
    }
}
