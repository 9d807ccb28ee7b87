using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>The words a card shows: the text of every TextBlock and TextRun, read from the card's JSON, in order.</summary>
public static class CardTexts
{
    public static IReadOnlyList<string> Of(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    private static void Collect(JsonNode node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject element:
                if (element["type"]?.GetValueKind() == JsonValueKind.String
                    && element["type"]!.GetValue<string>() is "TextBlock" or "TextRun"
                    && element["text"]?.GetValueKind() == JsonValueKind.String)
                {
                    texts.Add(element["text"]!.GetValue<string>());
                }

                foreach (var (_, value) in element)
                {
                    if (value is not null)
                    {
                        Collect(value, texts);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items.OfType<JsonNode>())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
