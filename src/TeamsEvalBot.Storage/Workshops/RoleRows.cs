using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// A workshop's facilitators and observers as rows of its partition, role|&lt;person&gt;, one per
/// person. As lists on the workshop row, a few hundred self-added observers made that row too big
/// to write, and the workshop could not even end.
/// </summary>
internal static class RoleRows
{
    public static TableEntity ToEntity(string workshopId, Person person, WorkshopRole role) => new(workshopId, WorkshopRows.Role(person.Id))
    {
        ["PersonId"] = person.Id,
        ["Name"] = person.Name,
        ["Role"] = role.ToString(),
    };

    public static WorkshopRole RoleOf(TableEntity e) => Enum.Parse<WorkshopRole>(e.GetString("Role"));

    /// <summary>
    /// The workshop with the roles these rows give, in the order they were given: a role row is
    /// written only when its role is, so its Timestamp says when. The count of observers stays the
    /// workshop row's, which is the same when every role row was read.
    /// </summary>
    public static Workshop WithRoles(Workshop workshop, IEnumerable<TableEntity> rows)
    {
        var given = rows.OrderBy(r => r.Timestamp).ThenBy(r => r.RowKey, StringComparer.Ordinal).ToList();
        return workshop with
        {
            Facilitators = [.. Holding(given, WorkshopRole.Facilitator)],
            Observers = [.. Holding(given, WorkshopRole.Observer)],
            ObserverCount = workshop.ObserverCount,
        };
    }

    /// <summary>A new workshop's row and its role rows, to add in one transaction: both or neither.</summary>
    public static IEnumerable<TableTransactionAction> AddWithWorkshop(Workshop workshop) =>
        Roles(workshop).Values.Select(r => ToEntity(workshop.Id, r.Person, r.Role))
            .Prepend(WorkshopEntityMapper.ToEntity(workshop))
            .Select(e => new TableTransactionAction(TableTransactionActionType.Add, e));

    /// <summary>
    /// What turns the role rows of <paramref name="before"/> into those of <paramref name="after"/>.
    /// No ETags: the caller writes them with the workshop row, on its ETag, in one transaction.
    /// </summary>
    public static IEnumerable<TableTransactionAction> Changes(Workshop before, Workshop after)
    {
        var was = Roles(before);
        var now = Roles(after);
        foreach (var (id, role) in now)
        {
            if (!was.TryGetValue(id, out var old))
            {
                yield return new(TableTransactionActionType.Add, ToEntity(after.Id, role.Person, role.Role));
            }
            else if (old != role)
            {
                yield return new(TableTransactionActionType.UpdateReplace, ToEntity(after.Id, role.Person, role.Role), ETag.All);
            }
        }

        foreach (var id in was.Keys.Except(now.Keys))
        {
            yield return new(TableTransactionActionType.Delete, new TableEntity(before.Id, WorkshopRows.Role(id)), ETag.All);
        }
    }

    private static IEnumerable<Person> Holding(IEnumerable<TableEntity> rows, WorkshopRole role) =>
        rows.Where(r => RoleOf(r) == role).Select(r => new Person(r.GetString("PersonId"), r.GetString("Name") ?? string.Empty));

    // By person: the one-role rule makes each person one row, and ToDictionary refuses a person holding two.
    private static Dictionary<string, (Person Person, WorkshopRole Role)> Roles(Workshop workshop) =>
        workshop.Facilitators.Select(p => (Person: p, Role: WorkshopRole.Facilitator))
            .Concat(workshop.Observers.Select(p => (Person: p, Role: WorkshopRole.Observer)))
            .ToDictionary(r => r.Person.Id, StringComparer.Ordinal);
}
