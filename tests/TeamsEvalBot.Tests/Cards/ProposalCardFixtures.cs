using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>Workshops, raters and card models built by hand for the card tests.</summary>
internal static class ProposalCardFixtures
{
    public const string WorkshopId = "ws-angus-2025";
    public const string Partnership = "Angus Health and Social Care Partnership";
    public const string FacilitatorName = "Fiona Facilitator";

    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static FrameworkCatalogue Catalogue => FrameworkCatalogue.LoadEmbedded();

    public static Framework Msg => Catalogue.Default;

    public static Framework Demo => Catalogue.TryGet("ci-demo", out var demo) ? demo : throw new InvalidOperationException("The ci-demo framework is missing.");

    // Five raters with names, evidence and actions no card may show before the reveal.
    public static readonly RatingEntry Alison = Rating("29:alison", "Alison Secretname", PartnerOrganisation.NhsBoard, 3, "SECRET-EVIDENCE-ALISON: the joint leadership programme ran twice", "SECRET-ACTION-ALISON");
    public static readonly RatingEntry Robert = Rating("29:robert", "Robert Hiddenperson", PartnerOrganisation.LocalAuthority, 0, "SECRET-EVIDENCE-ROBERT: no shared training budget yet", "SECRET-ACTION-ROBERT", minutes: 1);
    public static readonly RatingEntry Catriona = Rating("29:catriona", "Catriona Quietname", PartnerOrganisation.NhsBoard, 2, "SECRET-EVIDENCE-CATRIONA: coaching for locality managers", "SECRET-ACTION-CATRIONA", minutes: 2);
    public static readonly RatingEntry Duncan = Rating("29:duncan", "Duncan Unseenman", PartnerOrganisation.LocalAuthority, 1, "SECRET-EVIDENCE-DUNCAN: leadership forum started in May", "SECRET-ACTION-DUNCAN", minutes: 3);
    public static readonly RatingEntry Eilidh = Rating("29:eilidh", "Eilidh Privatename", PartnerOrganisation.Unknown, 2, "SECRET-EVIDENCE-EILIDH: board development sessions", "SECRET-ACTION-EILIDH", minutes: 4);

    public static IReadOnlyList<RatingEntry> FiveRaters => [Alison, Robert, Catriona, Duncan, Eilidh];

    public static IReadOnlyList<string> MemberIds(int count) => [.. Enumerable.Range(1, count).Select(i => $"29:member-{i:000}")];

    public static Workshop NewWorkshop(
        Anonymity anonymity = Anonymity.Named,
        bool blind = true,
        int members = 5,
        WorkshopStatus status = WorkshopStatus.Open,
        string partnership = Partnership,
        string frameworkId = FrameworkCatalogue.DefaultId,
        int minimumGroupSize = WorkshopSettings.DefaultMinimumGroupSize,
        string facilitatorName = FacilitatorName) =>
        new(
            WorkshopId,
            "19:meeting_angus@thread.v2",
            "https://smba.trafficmanager.net/uk/",
            partnership,
            frameworkId,
            Start,
            [new Person("29:fiona", facilitatorName)],
            WorkshopSettings.Default with { Anonymity = anonymity, BlindUntilReveal = blind, MinimumGroupSize = minimumGroupSize },
            status,
            members);

    public static ProposalProgress Progress(ProposalStatus status = ProposalStatus.Open, string proposalId = "1.1", int round = 1) =>
        new(proposalId, round, status, "1:card-activity", Start);

    public static RatingEntry Rating(string id, string name, PartnerOrganisation organisation, int rank, string evidence, string action = "", int minutes = 0) =>
        new(id, name, organisation, rank, evidence, action, Start.AddMinutes(10 + minutes));

    public static ProposalCardModel Model(
        Workshop workshop,
        IReadOnlyList<RatingEntry> ratings,
        ProposalStatus status = ProposalStatus.Open,
        Framework? framework = null,
        string proposalId = "1.1",
        IReadOnlyList<string>? refreshUserIds = null)
    {
        var chosen = framework ?? Msg;
        var proposal = chosen.FindProposal(proposalId) ?? throw new InvalidOperationException($"No proposal {proposalId} in {chosen.Id}.");
        return new ProposalCardModel(chosen, proposal, workshop, Progress(status, proposalId), ratings, refreshUserIds ?? MemberIds(workshop.MemberCount));
    }

    /// <summary>Everyone rated, at every level, each with the longest evidence allowed and different words.</summary>
    public static IReadOnlyList<RatingEntry> ManyRaters(int count, int levels, Func<int, string> evidence) =>
    [
        .. Enumerable.Range(0, count).Select(i => Rating(
            $"29:rater-{i:000}",
            $"Participant Number{i:000} Longsurname-Doublebarrelled",
            PartnerOrganisations.Choosable[i % PartnerOrganisations.Choosable.Count],
            i % levels,
            evidence(i),
            new string('a', RatingRules.MaxActionLength),
            minutes: i)),
    ];

    /// <summary>Evidence of exactly <see cref="RatingRules.MaxEvidenceLength"/> characters that differs from person to person.</summary>
    public static string LongEvidence(int i, string filler = "The partnership board minutes show joint decisions on leadership. ")
    {
        var text = $"Rater {i:000} evidence: ";
        while (text.Length < RatingRules.MaxEvidenceLength)
        {
            text += $"{filler}[{i:000}] ";
        }

        return text[..RatingRules.MaxEvidenceLength];
    }
}
