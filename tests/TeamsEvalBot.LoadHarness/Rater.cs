using System.Net;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>
/// Sends ratings as people press Rate, and remembers what each answer promised: an acknowledged
/// rating must be stored; one answered with the "records out of reach" card may or may not be.
/// </summary>
public sealed class Rater(WorkshopDriver<LiveBot> workshop)
{
    private readonly Dictionary<(string Person, string Proposal), int> acknowledged = [];
    private readonly Dictionary<(string Person, string Proposal), List<int>> unconfirmed = [];
    private int refused;

    /// <summary>The level each person was last told was saved, per proposal.</summary>
    public IReadOnlyDictionary<(string Person, string Proposal), int> Acknowledged => acknowledged;

    /// <summary>Levels sent after the last acknowledged one whose answer could not say whether they were saved.</summary>
    public IReadOnlyDictionary<(string Person, string Proposal), List<int>> Unconfirmed => unconfirmed;

    public int Refused => Volatile.Read(ref refused);

    public async Task RateAsync(WorkshopDriver.Person person, string proposalId, int level, int round = 1)
    {
        ArgumentNullException.ThrowIfNull(person);
        var evidence = $"{person.Name} on {proposalId}: the partners' joint plan is published and the board reviews it each quarter.";
        var (status, card) = await workshop.InvokeAsync(workshop.Rating(person, proposalId, level.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence, round: round));

        // The own view says "You rated this …" only once the rating is stored.
        var key = (person.Id, proposalId);
        lock (acknowledged)
        {
            if (status == HttpStatusCode.OK && card?.ToJsonString().Contains("You rated", StringComparison.Ordinal) == true)
            {
                acknowledged[key] = level;
                unconfirmed.Remove(key);
            }
            else
            {
                refused++;
                unconfirmed[key] = [.. unconfirmed.GetValueOrDefault(key) ?? [], level];
            }
        }
    }
}
