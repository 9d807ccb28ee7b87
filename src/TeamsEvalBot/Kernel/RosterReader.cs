using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Protocol.Connector;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Reads a conversation's members through the connector's paged-members call. Done once per
/// workshop (and for members added later), so a rating never has to ask Teams who someone is.
/// </summary>
public sealed class RosterReader(ConnectorClient connector)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<Member>> ReadAsync(string serviceUrl, string conversationId, WorkshopSettings settings, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, PageSize, continuation, cancellationToken);
            members.AddRange(page.Members.Where(m => m.Id is not null).Select(m => ToMember(m, settings)));
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        return members;
    }

    public async Task<Member> ReadOneAsync(string serviceUrl, string conversationId, string memberId, WorkshopSettings settings, CancellationToken cancellationToken) =>
        ToMember(await connector.GetMemberAsync(serviceUrl, conversationId, memberId, cancellationToken), settings);

    private static Member ToMember(TeamsMember member, WorkshopSettings settings)
    {
        var email = OrganisationResolver.RealEmail(member.Email, member.UserPrincipalName);
        return new Member(member.Id!, member.Name ?? email ?? member.Id!, email, OrganisationResolver.FromEmail(email, settings.Domains), OrganisationSource.EmailDomain)
        {
            AadObjectId = string.IsNullOrWhiteSpace(member.AadObjectId) ? null : member.AadObjectId,
        };
    }
}
