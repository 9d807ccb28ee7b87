using System.Text;

namespace TeamsEvalBot.TestSupport;

/// <summary>An OData string literal, as filters and entity paths quote key values: '…', with '' for one quote.</summary>
internal static class QuotedText
{
    /// <summary>Reads the literal that opens at <paramref name="index"/>, and moves past its closing quote.</summary>
    public static string Read(string text, ref int index)
    {
        if (index >= text.Length || text[index] != '\'')
        {
            throw new FormatException($"Expected a quote at {index} in: {text}");
        }

        var value = new StringBuilder();
        for (index++; index < text.Length; index++)
        {
            if (text[index] != '\'')
            {
                value.Append(text[index]);
            }
            else if (index + 1 < text.Length && text[index + 1] == '\'')
            {
                value.Append('\'');
                index++;
            }
            else
            {
                index++;
                return value.ToString();
            }
        }

        throw new FormatException($"A quoted value is not closed in: {text}");
    }
}
