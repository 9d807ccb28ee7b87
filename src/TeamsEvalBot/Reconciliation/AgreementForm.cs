using System.Globalization;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>Reads the reconciliation form from a card action and checks it, saying what is wrong in plain words.</summary>
public static class AgreementForm
{
    public static AgreementInput Read(CardVerbRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slots = Math.Clamp(request.Number("slots") ?? 1, 1, ReconcileModel.MaxActions);
        var actions = Enumerable.Range(1, slots)
            .Select(n => new ActionInput(request.Text($"action{n}"), request.Text($"lead{n}"), request.Text($"partner{n}"), request.Text($"timescale{n}"), request.Text($"status{n}")))
            .ToList();
        return new AgreementInput(request.Text("agreedLevel"), request.Text("rationale"), request.Text("dissent"), actions);
    }

    /// <summary>The position the form describes, or the problem that stops it being saved.</summary>
    public static (AgreedPosition? Position, string? Problem) Check(AgreementInput input, Framework framework, ProposalProgress progress, Person by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(progress);
        var level = framework.Levels.FirstOrDefault(l => l.Rank.ToString(CultureInfo.InvariantCulture) == input.Level);
        if (level is null)
        {
            return (null, "Choose the agreed level, then save again.");
        }

        if (string.IsNullOrWhiteSpace(input.Rationale))
        {
            return (null, "Write the rationale: why the partners agreed this level. Then save again.");
        }

        if (TooLong(input.Rationale, ReconcileCard.MaxTextLength) || TooLong(input.Dissent, ReconcileCard.MaxDissentLength))
        {
            return (null, $"The rationale can be up to {ReconcileCard.MaxTextLength:N0} characters, and the dissent up to {ReconcileCard.MaxDissentLength:N0}. Shorten them, then save again.");
        }

        if (HasControlCharacters(input.Rationale) || HasControlCharacters(input.Dissent))
        {
            return (null, "The text holds hidden control characters. Type it again rather than pasting it, then save again.");
        }

        var actions = new List<ImprovementAction>();
        foreach (var (action, number) in input.Actions.Select((a, i) => (a, i + 1)))
        {
            if (action.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(action.Action) || string.IsNullOrWhiteSpace(action.Lead) || string.IsNullOrWhiteSpace(action.Timescale))
            {
                return (null, $"Action {number} needs what will be done, a lead and a timescale. Fill them in, or empty the block to skip it.");
            }

            if (TooLong(action.Action, ReconcileCard.MaxActionFieldLength) || TooLong(action.Lead, ReconcileCard.MaxLeadLength) || TooLong(action.Timescale, ReconcileCard.MaxTimescaleLength)
                || HasControlCharacters(action.Action) || HasControlCharacters(action.Lead) || HasControlCharacters(action.Timescale))
            {
                return (null, $"Action {number} is too long or holds hidden characters. Shorten it, then save again.");
            }

            if (!Enum.TryParse<PartnerOrganisation>(action.Partner, out var partner) || !PartnerOrganisations.Choosable.Contains(partner)
                || !Enum.TryParse<ActionStatus>(action.Status, out var status) || !Enum.IsDefined(status))
            {
                return (null, $"Choose a partner organisation and a status for action {number}, then save again.");
            }

            actions.Add(new ImprovementAction(action.Action.Trim(), action.Lead.Trim(), partner, new Timescale(action.Timescale.Trim()), status));
        }

        return (new AgreedPosition(progress.ProposalId, progress.Round, level.Rank, input.Rationale.Trim(), input.Dissent?.Trim() ?? string.Empty, actions, by, at), null);
    }

    private static bool TooLong(string? text, int limit) => (text?.Length ?? 0) > limit;

    private static bool HasControlCharacters(string? text) =>
        text?.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') == true;
}
