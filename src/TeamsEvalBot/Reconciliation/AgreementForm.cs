using System.Globalization;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;

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
}
