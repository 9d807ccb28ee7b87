namespace TeamsEvalBot.Storage.Erasures;

/// <summary>
/// A "forget me" as recorded before any of it is done: who asked (the id says when), the tenant's
/// workshops to erase from, and where to answer. Never any of the person's content.
/// </summary>
public sealed record Erasure(string TenantId, string Id, string PersonId, IReadOnlyList<string> WorkshopIds, ErasureReplyTo ReplyTo);

/// <summary>The chat the person asked in, so an erasure finished after a restart can still tell them.</summary>
public sealed record ErasureReplyTo(string ServiceUrl, string ConversationId);
