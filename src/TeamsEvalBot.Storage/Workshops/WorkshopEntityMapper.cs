using System.Text.Json;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Turns domain records into table entities and back. Settings are stored as JSON; roles are rows of their own (<see cref="RoleRows"/>).</summary>
internal static class WorkshopEntityMapper
{
    public static TableEntity ToEntity(Workshop workshop) => new(workshop.Id, WorkshopRows.Workshop)
    {
        ["ConversationId"] = workshop.ConversationId,
        ["ServiceUrl"] = workshop.ServiceUrl,
        ["Partnership"] = workshop.Partnership,
        ["FrameworkId"] = workshop.FrameworkId,
        ["StartedAt"] = workshop.StartedAt,
        ["Settings"] = JsonSerializer.Serialize(new SettingsDocument(workshop.Settings), StoredJson.Options),
        ["Status"] = workshop.Status.ToString(),
        ["MemberCount"] = workshop.MemberCount,
        ["TenantId"] = workshop.TenantId,
        ["PartnershipId"] = workshop.PartnershipId,
        ["ObserverCount"] = workshop.ObserverCount,
    };

    /// <summary>The workshop row alone: no facilitators or observers yet (<see cref="RoleRows.WithRoles"/> adds them), but how many observe.</summary>
    public static Workshop ToWorkshop(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("ConversationId"),
        e.GetString("ServiceUrl"),
        e.GetString("Partnership"),
        e.GetString("FrameworkId"),
        e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
        [],
        (JsonSerializer.Deserialize<SettingsDocument>(e.GetString("Settings"), StoredJson.Options) ?? new SettingsDocument(WorkshopSettings.Default)).ToSettings(),
        Enum.Parse<WorkshopStatus>(e.GetString("Status")),
        e.GetInt32("MemberCount") ?? 0)
    {
        TenantId = e.GetString("TenantId") ?? string.Empty,
        PartnershipId = e.GetString("PartnershipId") ?? string.Empty,
        ObserverCount = e.GetInt32("ObserverCount") ?? 0,
    };

    public static TableEntity ToEntity(string workshopId, ProposalProgress progress) => new(workshopId, WorkshopRows.Proposal(progress.ProposalId))
    {
        ["ProposalId"] = progress.ProposalId,
        ["Round"] = progress.Round,
        ["Status"] = progress.Status.ToString(),
        ["CardActivityId"] = progress.CardActivityId,
        ["PostedAt"] = progress.PostedAt,
    };

    public static ProposalProgress ToProgress(TableEntity e) => new(
        e.GetString("ProposalId"),
        e.GetInt32("Round") ?? 1,
        Enum.Parse<ProposalStatus>(e.GetString("Status")),
        e.GetString("CardActivityId"),
        e.GetDateTimeOffset("PostedAt") ?? DateTimeOffset.MinValue);

    public static TableEntity ToEntity(string workshopId, Member member) => new(workshopId, WorkshopRows.Member(member.Id))
    {
        ["PersonId"] = member.Id,
        ["Name"] = member.Name,
        ["Email"] = member.Email,
        ["Organisation"] = member.Organisation.ToString(),
        ["OrganisationSource"] = member.Source.ToString(),
        ["AadObjectId"] = member.AadObjectId,
    };

    public static Member ToMember(TableEntity e) => new(
        e.GetString("PersonId"),
        e.GetString("Name") ?? string.Empty,
        e.GetString("Email"),
        Enum.Parse<PartnerOrganisation>(e.GetString("Organisation")),
        Enum.Parse<OrganisationSource>(e.GetString("OrganisationSource")))
    {
        AadObjectId = e.GetString("AadObjectId"),
    };

    public static TableEntity ToEntity(string workshopId, string rowKey, RatingEntry rating, string? activityId) => new(workshopId, rowKey)
    {
        ["PersonId"] = rating.ParticipantId,
        ["Name"] = rating.ParticipantName,
        ["Organisation"] = rating.Organisation.ToString(),
        ["Level"] = rating.LevelRank,
        ["Evidence"] = rating.Evidence,
        ["SuggestedAction"] = rating.SuggestedAction,
        ["UpdatedAt"] = rating.UpdatedAt,
        ["ActivityId"] = activityId,
    };

    public static RatingEntry ToRating(TableEntity e) => new(
        e.GetString("PersonId"),
        e.GetString("Name") ?? string.Empty,
        Enum.Parse<PartnerOrganisation>(e.GetString("Organisation")),
        e.GetInt32("Level") ?? 0,
        e.GetString("Evidence") ?? string.Empty,
        e.GetString("SuggestedAction") ?? string.Empty,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);

    public static TableEntity ToEntity(string workshopId, PostedCard card) => new(workshopId, WorkshopRows.PostedCard(card.ProposalId, card.Round, Guid.NewGuid()))
    {
        ["ProposalId"] = card.ProposalId,
        ["Round"] = card.Round,
        ["Kind"] = card.Kind.ToString(),
        ["ServiceUrl"] = card.ServiceUrl,
        ["ConversationId"] = card.ConversationId,
        ["ActivityId"] = card.ActivityId,
    };

    public static PostedCard ToPostedCard(TableEntity e) => new(
        e.GetString("ProposalId"),
        e.GetInt32("Round") ?? 1,
        Enum.Parse<PostedCardKind>(e.GetString("Kind")),
        e.GetString("ServiceUrl"),
        e.GetString("ConversationId"),
        e.GetString("ActivityId"));

    // The stored shape of the settings: a plain document, so old rows still read when settings grow.
    private sealed class SettingsDocument
    {
        public SettingsDocument()
        {
        }

        public SettingsDocument(WorkshopSettings settings)
        {
            Anonymity = settings.Anonymity;
            BlindUntilReveal = settings.BlindUntilReveal;
            MinimumGroupSize = settings.MinimumGroupSize;
            Domains = new Dictionary<string, PartnerOrganisation>(settings.Domains, StringComparer.OrdinalIgnoreCase);
        }

        public Anonymity Anonymity { get; set; } = WorkshopSettings.Default.Anonymity;

        public bool BlindUntilReveal { get; set; } = WorkshopSettings.Default.BlindUntilReveal;

        public int MinimumGroupSize { get; set; } = WorkshopSettings.Default.MinimumGroupSize;

        public Dictionary<string, PartnerOrganisation> Domains { get; set; } = [];

        public WorkshopSettings ToSettings() =>
            new(Anonymity, BlindUntilReveal, MinimumGroupSize, new Dictionary<string, PartnerOrganisation>(Domains, StringComparer.OrdinalIgnoreCase));
    }
}
