namespace TeamsEvalBot.TestSupport;

/// <summary>
/// Reads a Table Storage $filter (OData: comparisons joined by and, or, not and parentheses) into
/// <see cref="FilterNode"/>s. Keywords are read in any case, so an "OR" is never missed; property
/// names keep theirs, because Table Storage's do (a "partitionkey" is not the partition key).
/// </summary>
public static class TableFilter
{
    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "eq", "ne", "gt", "ge", "lt", "le" };
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le" };

    public static FilterNode Parse(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reader = new Reader(FilterTokens.Read(filter), filter);
        var node = reader.AnyOf();
        reader.ExpectEnd();
        return node;
    }

    private sealed class Reader(IReadOnlyList<FilterToken> tokens, string filter)
    {
        private int at;

        private FilterToken Next => at < tokens.Count ? tokens[at] : FilterToken.End;

        public FilterNode AnyOf() => Joined("or", AllOf, terms => new AnyOf(terms));

        public void ExpectEnd()
        {
            if (Next.Kind != FilterTokenKind.End)
            {
                throw Unexpected();
            }
        }

        private FilterNode AllOf() => Joined("and", Term, terms => new AllOf(terms));

        // a op b op c…, flattened: (a and b) and c is one list of three.
        private FilterNode Joined<T>(string keyword, Func<FilterNode> term, Func<IReadOnlyList<FilterNode>, T> join)
            where T : FilterNode
        {
            var terms = new List<FilterNode>();
            do
            {
                var next = term();
                terms.AddRange(next is T same ? Terms(same) : [next]);
            }
            while (TakeWord(keyword));

            return terms.Count == 1 ? terms[0] : join(terms);
        }

        private static IReadOnlyList<FilterNode> Terms(FilterNode node) => node switch
        {
            AnyOf any => any.Terms,
            AllOf all => all.Terms,
            _ => [node],
        };

        private FilterNode Term()
        {
            if (TakeWord("not"))
            {
                return new Negation(Term());
            }

            if (Next.Kind == FilterTokenKind.Open)
            {
                at++;
                var inner = AnyOf();
                if (Next.Kind != FilterTokenKind.Close)
                {
                    throw Unexpected();
                }

                at++;
                return inner;
            }

            var left = Operand();
            if (Next.Kind != FilterTokenKind.Word || !Operators.Contains(Next.Text))
            {
                throw Unexpected();
            }

            var op = tokens[at++].Text.ToLowerInvariant();
            return new Comparison(left, op, Operand());
        }

        private FilterOperand Operand()
        {
            var token = Next;
            if (token.Kind == FilterTokenKind.Literal)
            {
                at++;
                return new FilterOperand(token.Text, token.LiteralType);
            }

            if (token.Kind == FilterTokenKind.Word && !Keywords.Contains(token.Text))
            {
                at++;
                return new FilterOperand(token.Text, null);
            }

            throw Unexpected();
        }

        private bool TakeWord(string word)
        {
            if (Next.Kind == FilterTokenKind.Word && string.Equals(Next.Text, word, StringComparison.OrdinalIgnoreCase))
            {
                at++;
                return true;
            }

            return false;
        }

        private FormatException Unexpected() => new($"Unexpected {(Next.Kind == FilterTokenKind.End ? "end" : $"'{Next.Text}'")} at token {at} of the filter: {filter}");
    }
}
