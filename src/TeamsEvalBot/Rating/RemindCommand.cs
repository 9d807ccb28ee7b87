using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>"remind": mentions the members who have not yet rated every open proposal.</summary>
public sealed class RemindCommand(FacilitatorGuard guard, WorkshopStore store) : IMessageCommand
{
    // Keeps each reminder well under the 40 KB message limit.
    private const int MentionsPerMessage = 50;

    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "send reminders", cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var open = (await store.GetAllProgressAsync(workshop.Id, cancellationToken)).Where(p => p.Status == ProposalStatus.Open).ToList();
        var members = await store.GetMembersAsync(workshop.Id, cancellationToken);
        var missing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var progress in open)
        {
            var rated = (await store.GetRatingsAsync(workshop.Id, progress.ProposalId, progress.Round, cancellationToken)).Select(r => r.ParticipantId).ToHashSet(StringComparer.Ordinal);
            foreach (var member in members.Where(m => !rated.Contains(m.Id) && !workshop.IsObserver(m.Id)))
            {
                missing.TryAdd(member.Id, []);
                missing[member.Id].Add(progress.ProposalId);
            }
        }

        if (missing.Count == 0)
        {
            await turn.SendCardAsync(CardElements.Card([CardElements.Text(open.Count == 0 ? "No proposals are open for rating." : "Everyone has rated every open proposal.")]), cancellationToken);
            return;
        }

        var proposals = string.Join(", ", open.Select(p => p.ProposalId));
        foreach (var chunk in members.Where(m => missing.ContainsKey(m.Id)).Chunk(MentionsPerMessage))
        {
            var reminder = turn.Activity.CreateReply();
            reminder.Text = $"Please rate the open proposals ({proposals}) on their cards: " + string.Join(", ", chunk.Select(m => $"<at>{m.Name}</at>"));
            reminder.Entities = [.. chunk.Select(m => new Entity { Type = "mention", Text = $"<at>{m.Name}</at>", Mentioned = new ChannelAccount { Id = m.Id, Name = m.Name } })];
            await turn.SendAsync(reminder, cancellationToken);
        }
    }
}
