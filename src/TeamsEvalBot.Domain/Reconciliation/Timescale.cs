using System.Globalization;

namespace TeamsEvalBot.Domain.Reconciliation;

/// <summary>
/// When an action is due, as people write it in improvement plans: a date ("31/03/2027",
/// "2027-03-31", "31 March 2027") or words such as "Ongoing" or "December 2021". Only a full
/// date can make an action overdue.
/// </summary>
public sealed record Timescale(string Text)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? Date =>
        DateOnly.TryParseExact(Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
