using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>"actions", "actions overdue", "actions status planned", "actions lead &lt;name&gt;": the workshop's improvement actions.</summary>
public sealed class ActionsCommand(FacilitatorGuard guard, ImprovementActions actions) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var workshop = await guard.OpenWorkshopAsync(turn, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        var filter = ActionFilter.Parse(arguments);
        await turn.SendCardAsync(await actions.CardAsync(workshop.Value.Id, filter, notice: null, cancellationToken), cancellationToken);
    }
}

/// <summary>Which actions to list: all, overdue ones, those with a status, or those led by someone.</summary>
public sealed record ActionFilter(string Description, Func<ImprovementAction, DateOnly, bool> Matches)
{
    public static ActionFilter All { get; } = new("All actions", (_, _) => true);

    public static ActionFilter Parse(string arguments)
    {
        var words = arguments.Trim();
        if (words.Equals("overdue", StringComparison.OrdinalIgnoreCase))
        {
            return new("Overdue actions", (a, today) => a.IsOverdue(today));
        }

        if (words.StartsWith("status ", StringComparison.OrdinalIgnoreCase))
        {
            var wanted = words[7..].Trim();
            foreach (var status in Enum.GetValues<ActionStatus>().Where(s => s.DisplayName().Equals(wanted, StringComparison.OrdinalIgnoreCase)))
            {
                return new($"Actions with status {status.DisplayName()}", (a, _) => a.Status == status);
            }
        }

        if (words.StartsWith("lead ", StringComparison.OrdinalIgnoreCase))
        {
            var lead = words[5..].Trim();
            return new("Actions led by the person named", (a, _) => a.Lead.Contains(lead, StringComparison.OrdinalIgnoreCase));
        }

        return All;
    }
}
