using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// One workshop in every state the bad-input matrix needs, set up once per bot: 1.1 open,
/// 1.2 closed, 1.3 revealed, 1.4 never posted; Person 0 facilitates, Person 1 rates, Person 3 observes.
/// Nothing the matrix sends may change it, so the cases can share it.
/// </summary>
public sealed class MatrixWorkshop
{
    private static readonly ConditionalWeakTable<LiveBot, Task<MatrixWorkshop>> Shared = new();

    private MatrixWorkshop(WorkshopDriver<LiveBot> workshop) => Workshop = workshop;

    public WorkshopDriver<LiveBot> Workshop { get; }

    public LiveBot Bot => Workshop.Bot;

    public string Id => Workshop.WorkshopId!;

    public WorkshopDriver.Person Facilitator => Workshop.Facilitator;

    public WorkshopDriver.Person Participant => Workshop.People[1];

    public WorkshopDriver.Person Observer => Workshop.People[3];

    public static Task<MatrixWorkshop> ForAsync(LiveBot bot) => Shared.GetValue(bot, SetUpAsync);

    /// <summary>A rating by the participant, with any field changed or removed by <paramref name="change"/>.</summary>
    public JsonObject Rating(string proposalId, Action<JsonObject>? change = null, WorkshopDriver.Person? from = null)
    {
        var invoke = Workshop.Rating(from ?? Participant, proposalId, "2", "Shared plan in place.");
        change?.Invoke(Data(invoke));
        return invoke;
    }

    /// <summary>A card button with the workshop and proposal in its data, as the bot's own cards send them.</summary>
    public JsonObject Button(string verb, string proposalId, WorkshopDriver.Person? from = null) =>
        Workshop.Action(from ?? Participant, verb, new JsonObject { ["workshopId"] = Id, ["proposalId"] = proposalId, ["round"] = 1 });

    /// <summary>The Action.Execute data of an adaptiveCard/action invoke.</summary>
    public static JsonObject Data(JsonObject invoke) => invoke["value"]!["action"]!["data"]!.AsObject();

    public Task<MatrixAnswer> SendAsync(JsonObject activity) => MatrixAnswer.RecordAsync(Bot, () => Bot.SendAsync(activity));

    public Task<MatrixAnswer> SayAsync(WorkshopDriver.Person from, string text) => MatrixAnswer.RecordAsync(Bot, () => Workshop.SayAsync(from, text));

    /// <summary>Bytes as they are, with a valid channel token: the body is what is wrong.</summary>
    public Task<MatrixAnswer> SendRawAsync(string body) =>
        MatrixAnswer.RecordAsync(Bot, () => Bot.SendRawAsync(Encoding.UTF8.GetBytes(body), "Bearer " + Bot.ChannelToken()));

    private static async Task<MatrixWorkshop> SetUpAsync(LiveBot bot)
    {
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 4, uniquePeople: true);
        await workshop.StartAsync("Matrix Partnership");
        var matrix = new MatrixWorkshop(workshop);
        await matrix.SayOkAsync(matrix.Observer, "observe");
        foreach (var command in new[] { "post 1.1", "post 1.2", "post 1.3", "close 1.2" })
        {
            await matrix.SayOkAsync(matrix.Facilitator, command);
        }

        foreach (var rater in new[] { matrix.Participant, workshop.People[2] })
        {
            var (status, _) = await workshop.InvokeAsync(workshop.Rating(rater, "1.3", "2", "Set up for the matrix."));
            Assert.Equal(HttpStatusCode.OK, status);
        }

        await matrix.SayOkAsync(matrix.Facilitator, "reveal 1.3");
        await matrix.AssertStatusAsync("1.1", ProposalStatus.Open);
        await matrix.AssertStatusAsync("1.2", ProposalStatus.Closed);
        await matrix.AssertStatusAsync("1.3", ProposalStatus.Revealed);
        Assert.Null(await workshop.Store.GetProgressAsync(matrix.Id, "1.4", CancellationToken.None));
        Assert.True((await workshop.Store.GetAsync(matrix.Id, CancellationToken.None))!.Value.IsObserver(matrix.Observer.Id), "Person 3 should observe");
        return matrix;
    }

    private async Task SayOkAsync(WorkshopDriver.Person from, string text)
    {
        using var response = await Workshop.SayAsync(from, text);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{text}: {(int)response.StatusCode}");
    }

    private async Task AssertStatusAsync(string proposalId, ProposalStatus status) =>
        Assert.Equal(status, (await Workshop.Store.GetProgressAsync(Id, proposalId, CancellationToken.None))!.Value.Status);
}
