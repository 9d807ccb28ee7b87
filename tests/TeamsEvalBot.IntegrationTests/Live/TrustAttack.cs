using System.Text.Json.Nodes;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// One attempt by someone who must be refused: what they send, and the words of the clear card that
/// refuses them. A null refusal is an answer with no card to expect (a search): it must only hold nothing of the target.
/// </summary>
public sealed record TrustAttack(Func<TrustWorld, JsonObject> Activity, string? Refusal)
{
    // Theory rows are named by who tries what; this keeps the display short.
    public override string ToString() => Refusal ?? "no card";
}
