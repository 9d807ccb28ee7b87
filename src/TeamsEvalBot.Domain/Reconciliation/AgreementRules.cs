using System.Globalization;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Reconciliation;

/// <summary>What an agreed position needs: a level on the scale, a rationale, texts within their limits, and complete actions.</summary>
public static class AgreementRules
{
    public const int MaxTextLength = 2000;
    public const int MaxDissentLength = 1000;
    public const int MaxActionFieldLength = 300;
    public const int MaxLeadLength = 100;
    public const int MaxTimescaleLength = 60;

    /// <summary>
    /// The position the form describes, or the problem that stops it being saved. A lead chosen from
    /// <paramref name="people"/> (the workshop's members) comes back as their id and is kept as that
    /// person; any other lead is free text, as typed.
    /// </summary>
    public static (AgreedPosition? Position, string? Problem) Check(AgreementInput input, Framework framework, ProposalProgress progress, Person by, DateTimeOffset at, IReadOnlyList<Member>? people = null)
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

        if (TooLong(input.Rationale, MaxTextLength) || TooLong(input.Dissent, MaxDissentLength))
        {
            return (null, $"The rationale can be up to {MaxTextLength:N0} characters, and the dissent up to {MaxDissentLength:N0}. Shorten them, then save again.");
        }

        if (TypedText.HasControlCharacters(input.Rationale) || TypedText.HasControlCharacters(input.Dissent))
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

            if (TooLong(action.Action, MaxActionFieldLength) || TooLong(action.Lead, MaxLeadLength) || TooLong(action.Timescale, MaxTimescaleLength)
                || TypedText.HasControlCharacters(action.Action) || TypedText.HasControlCharacters(action.Lead) || TypedText.HasControlCharacters(action.Timescale))
            {
                return (null, $"Action {number} is too long or holds hidden characters. Shorten it, then save again.");
            }

            if (!Enum.TryParse<PartnerOrganisation>(action.Partner, out var partner) || !PartnerOrganisations.Choosable.Contains(partner)
                || !Enum.TryParse<ActionStatus>(action.Status, out var status) || !Enum.IsDefined(status))
            {
                return (null, $"Choose a partner organisation and a status for action {number}, then save again.");
            }

            var (leadName, leadId) = Lead(action.Lead.Trim(), people ?? []);
            actions.Add(new ImprovementAction(action.Action.Trim(), leadName, partner, new Timescale(action.Timescale.Trim()), status) { LeadId = leadId });
        }

        return (new AgreedPosition(progress.ProposalId, progress.Round, level.Rank, input.Rationale.Trim(), input.Dissent?.Trim() ?? string.Empty, actions, by, at), null);
    }

    /// <summary>Someone directory-chosen whose name Teams did not send (they are not in the chat).</summary>
    public const string DirectoryLead = "someone chosen from the directory";

    private static bool TooLong(string? text, int limit) => (text?.Length ?? 0) > limit;

    // The people picker answers with an Entra object id, the fallback list with a Teams id; anything else was typed.
    private static (string Name, string? Id) Lead(string value, IReadOnlyList<Member> people)
    {
        if (people.FirstOrDefault(p => p.Id == value || string.Equals(p.AadObjectId, value, StringComparison.OrdinalIgnoreCase)) is { } member)
        {
            return (member.Name, member.AadObjectId ?? member.Id);
        }

        return Guid.TryParse(value, out _) ? (DirectoryLead, value) : (value, null);
    }
}
