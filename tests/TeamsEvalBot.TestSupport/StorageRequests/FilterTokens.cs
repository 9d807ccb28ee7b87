namespace TeamsEvalBot.TestSupport;

internal enum FilterTokenKind
{
    Open,
    Close,
    Word,
    Literal,
    End,
}

internal sealed record FilterToken(FilterTokenKind Kind, string Text, string? LiteralType = null)
{
    public static FilterToken End { get; } = new(FilterTokenKind.End, string.Empty);
}

/// <summary>Splits a $filter into parentheses, words (names and keywords) and literals; a quote is only ever read inside its literal.</summary>
internal static class FilterTokens
{
    public static IReadOnlyList<FilterToken> Read(string filter)
    {
        var tokens = new List<FilterToken>();
        for (var i = 0; i < filter.Length;)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new(c == '(' ? FilterTokenKind.Open : FilterTokenKind.Close, c.ToString()));
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(new(FilterTokenKind.Literal, QuotedText.Read(filter, ref i), "string"));
            }
            else if (IsWordCharacter(c))
            {
                var start = i;
                while (i < filter.Length && IsWordCharacter(filter[i]))
                {
                    i++;
                }

                var word = filter[start..i];
                tokens.Add(i < filter.Length && filter[i] == '\''
                    ? new(FilterTokenKind.Literal, QuotedText.Read(filter, ref i), word.ToLowerInvariant())
                    : Word(word));
            }
            else
            {
                throw new FormatException($"Unexpected '{c}' at {i} in the filter: {filter}");
            }
        }

        return tokens;
    }

    private static FilterToken Word(string word) =>
        char.IsAsciiDigit(word[0]) || (word.Length > 1 && word[0] is '-' or '+' && char.IsAsciiDigit(word[1]))
            ? new(FilterTokenKind.Literal, word, "number")
            : word.ToLowerInvariant() is "true" or "false"
                ? new(FilterTokenKind.Literal, word, "boolean")
                : new(FilterTokenKind.Word, word);

    // Names, keywords, numbers (12, 12L, -1.5, 2e3) and typed literals' prefixes (datetime, guid, X).
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '+';
}
