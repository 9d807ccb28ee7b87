using System.Text.Json.Serialization;

namespace TeamsEvalBot.Domain.Frameworks;

// Source-generated, so loading needs no reflection; unknown properties are errors, so a misspelt
// "notForLocalCompletion" cannot silently make a proposal rateable.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(FrameworkDocument))]
internal sealed partial class FrameworkJsonContext : JsonSerializerContext;
