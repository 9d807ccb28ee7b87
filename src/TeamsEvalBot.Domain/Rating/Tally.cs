using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Domain.Rating;

/// <summary>
/// The distribution and consensus measures of one proposal's ratings, on level ranks 0..n-1.
/// </summary>
public sealed record Tally(
    int Count,
    IReadOnlyList<int> CountsByRank,
    double Median,
    double Q1,
    double Q3,
    int Spread,
    double PercentAgreement,
    IReadOnlyList<int> ModalRanks,
    IReadOnlyList<OrganisationMedian> Organisations,
    int HiddenOrganisations)
{
    public const double ConsensusAgreement = 0.75;

    public double Iqr => Q3 - Q1;

    /// <summary>The level shown for the median: the lower one when the median falls between two.</summary>
    public int MedianRank => (int)Math.Floor(Median);

    public bool MedianIsBetweenLevels => Median != Math.Floor(Median);

    /// <summary>At least 75 % on the modal level (the Delphi norm) and IQR at most 1.</summary>
    public bool HasConsensus => Count > 0 && PercentAgreement >= ConsensusAgreement && Iqr <= 1;

    /// <summary>Two shown organisations' medians are a level or more apart.</summary>
    public bool OrganisationsDisagree =>
        Organisations.Count >= 2 && Organisations.Max(o => o.Median) - Organisations.Min(o => o.Median) >= 1;

    /// <summary>Highest minus lowest rank of 2 or more: a clear disagreement.</summary>
    public bool IsClearDisagreement => Spread >= 2;
}

/// <summary>The median rank of one organisation's raters.</summary>
public sealed record OrganisationMedian(PartnerOrganisation Organisation, double Median, int Count);
