namespace TeamsEvalBot.TestSupport;

/// <summary>A Table Storage $filter, read into its terms (see <see cref="TableFilter"/>).</summary>
public abstract record FilterNode;

/// <summary>Terms joined by <c>or</c>.</summary>
public sealed record AnyOf(IReadOnlyList<FilterNode> Terms) : FilterNode;

/// <summary>Terms joined by <c>and</c>.</summary>
public sealed record AllOf(IReadOnlyList<FilterNode> Terms) : FilterNode;

public sealed record Negation(FilterNode Term) : FilterNode;

/// <summary><c>Left op Right</c>, with the operator in lower case (eq, ne, gt, ge, lt, le).</summary>
public sealed record Comparison(FilterOperand Left, string Operator, FilterOperand Right) : FilterNode;

/// <summary>
/// A property name, or a literal: <see cref="LiteralType"/> is "string" for '…' (its
/// <see cref="Text"/> unquoted), the prefix of a typed literal (datetime'…', guid'…', X'…'), or
/// "number" and "boolean"; null for a property.
/// </summary>
public sealed record FilterOperand(string Text, string? LiteralType)
{
    public bool IsProperty => LiteralType is null;

    public bool IsString => LiteralType == "string";
}
