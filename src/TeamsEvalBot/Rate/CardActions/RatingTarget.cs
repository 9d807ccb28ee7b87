using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Workshops.Cards;
using TeamsEvalBot.Workshops.Cards.Proposals;
using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>
/// The proposal a card action is about, loaded in one partition query, or the error card that
/// says why it cannot be: an unknown or foreign workshop, an unknown, unposted or unrateable proposal.
/// </summary>
public sealed partial record RatingTarget(ProposalCardModel? Model, RatingContext? Context, JsonObject? Error)
{
    /// <summary>The card is for an earlier round: it can be read (its results were revealed) but not rated.</summary>
    public bool IsPastRound { get; init; }

    public static async Task<RatingTarget> LoadAsync(CardActionRequest request, WorkshopStore store, FrameworkCatalogue frameworks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(frameworks);
        var round = request.Number("round") ?? 1;
        if (!CardActionRequest.WorkshopIdShape().IsMatch(request.WorkshopId) || !ProposalIdShape().IsMatch(request.ProposalId) || round is < 1 or > 99)
        {
            return Fail(UnknownWorkshop());
        }

        // A person's own view needs their own roster row only; the refresh list it carries is theirs.
        var context = await store.GetRatingContextAsync(request.WorkshopId, request.ProposalId, round, cancellationToken, onlyMemberId: request.Turn.PersonId);
        if (context.Workshop is null || context.Workshop.ConversationId != request.Turn.Activity.Conversation?.Id)
        {
            return Fail(UnknownWorkshop());
        }

        var framework = frameworks.For(context.Workshop);
        var proposal = framework.FindProposal(request.ProposalId);
        if (proposal is null || context.Progress is null)
        {
            return Fail(ErrorCard.Build(
                CardElements.Text($"Proposal {request.ProposalId} is not posted in this workshop."),
                "Type status to see the posted proposals."));
        }

        if (!proposal.IsRateable)
        {
            return Fail(ErrorCard.Build(
                CardElements.Text($"Proposal {proposal.Id} is not for local completion, so it is not rated."),
                "Rate the other proposals on their cards."));
        }

        if (round > context.Progress.Round)
        {
            return Fail(UnknownWorkshop());
        }

        // A new round opens only after the last one was revealed, so an earlier round's card shows revealed results.
        var isPastRound = round < context.Progress.Round;
        var progress = isPastRound ? context.Progress with { Round = round, Status = ProposalStatus.Revealed } : context.Progress;
        var model = ProposalCardLoader.Model(framework, proposal, context.Workshop, progress, context.Ratings, context.Members);
        return new RatingTarget(model, context, null) { IsPastRound = isPastRound };
    }

    private static RatingTarget Fail(JsonObject error) => new(null, null, error);

    private static JsonObject UnknownWorkshop() => ErrorCard.Build(
        CardElements.Text("I cannot find the workshop this card belongs to. Nothing was saved."),
        "Type status to see this conversation's workshop.");

    [GeneratedRegex(@"^[0-9A-Za-z]{1,8}\.[0-9]{1,3}$")]
    private static partial Regex ProposalIdShape();
}
