using System.Net;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>Sends ratings as people press Rate, and remembers what each acknowledgement promised.</summary>
public sealed class Rater(LiveWorkshop workshop)
{
    private readonly Dictionary<(string Person, string Proposal), int> acknowledged = [];
    private int refused;

    /// <summary>The level each person was last told was saved, per proposal.</summary>
    public IReadOnlyDictionary<(string Person, string Proposal), int> Acknowledged => acknowledged;

    public int Refused => Volatile.Read(ref refused);

    public async Task RateAsync(LiveWorkshop.Person person, string proposalId, int level)
    {
        ArgumentNullException.ThrowIfNull(person);
        var evidence = $"{person.Name} on {proposalId}: the partners' joint plan is published and the board reviews it each quarter.";
        var (status, card) = await workshop.InvokeAsync(workshop.Rating(person, proposalId, level.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence));

        // The own view says "You rated this …" only once the rating is stored.
        if (status == HttpStatusCode.OK && card?.ToJsonString().Contains("You rated", StringComparison.Ordinal) == true)
        {
            lock (acknowledged)
            {
                acknowledged[(person.Id, proposalId)] = level;
            }
        }
        else
        {
            Interlocked.Increment(ref refused);
        }
    }
}
