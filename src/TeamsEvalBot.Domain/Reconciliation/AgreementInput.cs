namespace TeamsEvalBot.Domain.Reconciliation;

/// <summary>The reconciliation form as the card sent it, before any check: kept and shown again on an error.</summary>
public sealed record AgreementInput(string? Level, string? Rationale, string? Dissent, IReadOnlyList<ActionInput> Actions);

/// <summary>One improvement action's fields as typed.</summary>
public sealed record ActionInput(string? Action, string? Lead, string? Partner, string? Timescale, string? Status)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(Lead) && string.IsNullOrWhiteSpace(Timescale);
}
