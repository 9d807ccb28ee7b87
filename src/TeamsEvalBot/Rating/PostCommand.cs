using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>
/// "post 1.1", "post feature 2", "post all": facilitators post proposal cards in framework order.
/// Proposals already posted are skipped, so repeating the command finishes an interrupted post.
/// </summary>
public sealed class PostCommand(
    FacilitatorGuard guard,
    WorkshopStore store,
    FrameworkCatalogue frameworks,
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<PostCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var stored = await guard.AsFacilitatorAsync(turn, "post proposals", cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var framework = frameworks.For(workshop);
        var proposals = Select(framework, arguments);
        if (proposals is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown proposal or key feature");
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Run("I could not find "), InertText.Typed(arguments.Length == 0 ? "(nothing)" : arguments, italic: true), InertText.Run(" in this framework.")),
                $"Type {turn.CommandPrefix}post 1.1 for one proposal, {turn.CommandPrefix}post feature 1 for a key feature, or {turn.CommandPrefix}post all."), cancellationToken);
            return;
        }

        var members = await store.GetMembersAsync(workshop.Id, cancellationToken);
        var alreadyPosted = (await store.GetAllProgressAsync(workshop.Id, cancellationToken)).Select(p => p.ProposalId).ToHashSet(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var proposal in proposals)
        {
            if (alreadyPosted.Contains(proposal.Id))
            {
                skipped.Add(proposal.Id);
                continue;
            }

            var progress = ProposalProgress.Posted(proposal.Id, proposal.IsRateable, clock.GetUtcNow());
            var card = proposal.IsRateable
                ? ProposalCard.Shared(ProposalCardLoader.Model(framework, proposal, workshop, progress, [], members))
                : InformationCard.Build(framework, proposal);
            var activityId = await turn.SendCardAsync(card, cancellationToken);
            if (!await store.TryAddProgressAsync(workshop.Id, progress with { CardActivityId = activityId }, cancellationToken) && activityId is not null)
            {
                // Another facilitator posted it at the same moment; keep theirs.
                await connector.DeleteActivityAsync(workshop.ServiceUrl, workshop.ConversationId, activityId, cancellationToken);
            }
        }

        if (skipped.Count > 0)
        {
            await turn.SendCardAsync(CardElements.Card([CardElements.Text($"Already posted, so not posted again: {string.Join(", ", skipped)}.")]), cancellationToken);
        }
    }

    private static List<Proposal>? Select(Framework framework, string arguments)
    {
        var words = arguments.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["all"] => [.. framework.Proposals],
            ["feature", var id] => framework.FindKeyFeature(id) is { } feature ? [.. feature.Proposals] : null,
            [var id] => framework.FindProposal(id) is { } proposal ? [proposal] : null,
            _ => null,
        };
    }
}
