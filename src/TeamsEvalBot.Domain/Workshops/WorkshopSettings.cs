using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Domain.Workshops;

public enum Anonymity
{
    Named,
    Anonymous,
}

/// <summary>What a facilitator can change on the workshop card.</summary>
public sealed record WorkshopSettings(
    Anonymity Anonymity,
    bool BlindUntilReveal,
    int MinimumGroupSize,
    IReadOnlyDictionary<string, PartnerOrganisation> Domains)
{
    public const int DefaultMinimumGroupSize = 2;

    public static WorkshopSettings Default { get; } =
        new(Anonymity.Named, BlindUntilReveal: true, DefaultMinimumGroupSize, OrganisationResolver.DefaultDomains);
}
