using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>
/// The proposal a card action is about, loaded in point reads and key ranges, or the error card that
/// says why it cannot be: an unknown or foreign workshop, an unknown, unposted or unrateable proposal.
/// </summary>
public sealed partial record RatingTarget(ProposalCardModel? Model, RatingContext? Context, JsonObject? Error)
{
    public static async Task<RatingTarget> LoadAsync(CardVerbRequest request, WorkshopStore store, FrameworkCatalogue frameworks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (round, error) = Check(request);
        if (error is not null)
        {
            return Fail(error);
        }

        // A person's own view needs their own roster row only; the refresh list it carries is theirs.
        var context = await store.GetRatingContextAsync(request.WorkshopId, request.ProposalId, round, cancellationToken, onlyMemberId: request.Turn.PersonId);
        return From(request, frameworks, context, round);
    }

    /// <summary>
    /// The target of a rating, from three point reads: the workshop, the rater's roster row and role. The
    /// proposal's row is not read: the rating's transaction finds out whether the card's round is
    /// still open, so the model takes the round as the card gives it, open. It holds the rater's
    /// rating alone, so it shows no count.
    /// </summary>
    public static async Task<RatingTarget> LoadForRatingAsync(CardVerbRequest request, WorkshopStore store, FrameworkCatalogue frameworks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (round, error) = Check(request);
        if (error is not null)
        {
            return Fail(error);
        }

        var (workshop, rater) = await store.GetRaterAsync(request.WorkshopId, request.Turn.PersonId, cancellationToken);
        var asCardSays = new ProposalProgress(request.ProposalId, round, ProposalStatus.Open, null, DateTimeOffset.MinValue);
        var context = new RatingContext(workshop, asCardSays, rater is null ? [] : [rater], []);
        var target = From(request, frameworks, context, round);
        return target.Model is { } model ? target with { Model = model with { HoldsEveryRating = false, RefreshUserIds = [request.Turn.PersonId] } } : target;
    }

    /// <summary>The card's round, or the error card for ids that cannot be this bot's.</summary>
    private static (int Round, JsonObject? Error) Check(CardVerbRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var round = request.Number("round") ?? 1;
        if (!CardVerbRequest.WorkshopIdShape().IsMatch(request.WorkshopId) || round is < 1 or > 99)
        {
            return (0, UnknownWorkshop());
        }

        return ProposalIdShape().IsMatch(request.ProposalId) ? (round, null) : (0, UnknownProposal());
    }

    private static RatingTarget From(CardVerbRequest request, FrameworkCatalogue frameworks, RatingContext context, int round)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
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
        var progress = isPastRound ? context.Progress.AsEarlierRound(round) : context.Progress;
        return new RatingTarget(ProposalCardLoader.Model(framework, proposal, context.Workshop, progress, context.Ratings, context.Members), context, null);
    }

    private static RatingTarget Fail(JsonObject error) => new(null, null, error);

    private static JsonObject UnknownProposal() => ErrorCard.Build(
        CardElements.Text("I cannot find the proposal this card is about. Nothing was saved."),
        "Type status to see the posted proposals.");

    private static JsonObject UnknownWorkshop() => ErrorCard.Build(
        CardElements.Text("I cannot find the workshop this card belongs to. Nothing was saved."),
        "Type status to see this conversation's workshop.");

    [GeneratedRegex(@"^[0-9A-Za-z]{1,8}\.[0-9]{1,3}$")]
    private static partial Regex ProposalIdShape();
}
