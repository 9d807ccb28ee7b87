using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>A proposal that is not for local completion: shown so people see the whole framework, never rated.</summary>
public static class InformationCard
{
    public static JsonObject Build(Framework framework, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(proposal);
        var feature = framework.FindKeyFeature(proposal.KeyFeatureId)!;
        return CardElements.Card(
        [
            CardElements.Text($"Key feature {feature.Id}: {feature.Title}", subtle: true),
            CardElements.Heading($"Proposal {proposal.Id}"),
            CardElements.Text(proposal.Text),
            CardElements.Text("This proposal is not for local completion, so it is not rated here."),
        ]);
    }
}
