namespace TeamsEvalBot.Domain.Frameworks;

// The JSON shape of a framework file. Everything is nullable so that the loader, not the
// serializer, reports what is missing, with the framework and proposal named.
internal sealed record FrameworkDocument(
    string? Id,
    string? Name,
    string? Description,
    IReadOnlyList<string?>? Levels,
    IReadOnlyList<KeyFeatureDocument?>? KeyFeatures);

internal sealed record KeyFeatureDocument(string? Id, string? Title, IReadOnlyList<ProposalDocument?>? Proposals);

internal sealed record ProposalDocument(string? Id, string? Text, bool NotForLocalCompletion, IReadOnlyList<string?>? Indicators);
