using System.Text.Json.Nodes;

namespace TeamsEvalBot.Tests.Cards;

/// <summary>Walks Adaptive Card JSON: elements by type, every string with where it sits, the message a card travels in.</summary>
internal static class ProposalCardJson
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A string value in the card, with the object that holds it, its property name and that object's type.</summary>
    public sealed record StringAt(JsonObject Owner, string Property, string Value)
    {
        public string? OwnerType => ProposalCardJson.TypeOf(Owner);

        public override string ToString() => $"{OwnerType ?? "(no type)"}.{Property} = \"{Value}\"";
    }

    /// <summary>Every object in the tree, depth first, the root included.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>What the card shows and the actions it offers: body and actions, not the (unrendered) refresh.</summary>
    public static IEnumerable<JsonObject> Rendered(JsonObject card) =>
        Objects(card["body"]).Concat(Objects(card["actions"]));

    public static IEnumerable<JsonObject> OfType(JsonObject card, string type) =>
        Rendered(card).Where(o => TypeOf(o) == type);

    /// <summary>The paragraphs after a proposal card's header paragraph (the partnership and round): evidence and the like.</summary>
    public static IEnumerable<JsonObject> ParagraphsBelowHeader(JsonObject card) =>
        OfType(card, "RichTextBlock").Skip(1);

    public static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Rendered(card).Where(o => TypeOf(o)?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static JsonObject? Input(JsonObject card, string id) =>
        Inputs(card).SingleOrDefault(o => Str(o, "id") == id);

    public static IEnumerable<string> TextBlockTexts(JsonObject card) =>
        OfType(card, "TextBlock").Select(o => Str(o, "text") ?? string.Empty);

    public static IEnumerable<string> TextRunTexts(JsonObject card) =>
        OfType(card, "TextRun").Select(o => Str(o, "text") ?? string.Empty);

    /// <summary>The facts of every FactSet, in order.</summary>
    public static IEnumerable<(string Title, string Value)> Facts(JsonObject card) =>
        OfType(card, "FactSet")
            .SelectMany(f => f["facts"]!.AsArray())
            .Select(f => (Str(f!.AsObject(), "title") ?? string.Empty, Str(f!.AsObject(), "value") ?? string.Empty));

    /// <summary>The texts of a RichTextBlock's runs.</summary>
    public static IReadOnlyList<string> RunTexts(JsonObject richTextBlock) =>
        [.. richTextBlock["inlines"]!.AsArray().Select(r => Str(r!.AsObject(), "text") ?? string.Empty)];

    /// <summary>Every string value anywhere in the tree, with where it sits.</summary>
    public static IEnumerable<StringAt> Strings(JsonNode? node) =>
        Objects(node).SelectMany(o => o
            .Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _))
            .Select(p => new StringAt(o, p.Key, p.Value!.GetValue<string>())));

    public static string? TypeOf(JsonObject obj) =>
        obj["type"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : null;

    public static string? Str(JsonObject obj, string property) =>
        obj[property] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The message activity a card travels in; the card is copied, so it may already sit elsewhere.</summary>
    public static JsonObject Message(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = AdaptiveCardContentType,
            ["content"] = card.DeepClone(),
        }),
    };
}
