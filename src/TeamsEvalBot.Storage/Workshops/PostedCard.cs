namespace TeamsEvalBot.Storage.Workshops;

/// <summary>The cards, other than a proposal's current shared card, that quote the evidence of a round.</summary>
public enum PostedCardKind
{
    /// <summary>The shared card of a round before the current one, left in the chat when "revote" posted the next.</summary>
    EarlierRound,

    /// <summary>A reconcile card posted by "reconcile".</summary>
    Reconcile,

    /// <summary>One proposal's summary posted by "summary &lt;id&gt;", in any chat.</summary>
    ProposalSummary,
}

/// <summary>
/// A card in a chat that quotes the evidence of one round of a proposal, and where it is: so that
/// "forget me" can redraw it without the person's evidence.
/// </summary>
public sealed record PostedCard(string ProposalId, int Round, PostedCardKind Kind, string ServiceUrl, string ConversationId, string ActivityId);
