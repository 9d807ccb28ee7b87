namespace TeamsEvalBot.TestSupport;

/// <summary>Classifies a recorded request (see <see cref="StorageAccess"/>).</summary>
public static class StorageRequestCheck
{
    private static readonly HashSet<string> RowKeyOperators = new(StringComparer.Ordinal) { "eq", "gt", "ge", "lt", "le" };
    private static readonly IReadOnlySet<string> NoProperties = new HashSet<string>();

    public static StorageAccess Classify(StorageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsBatch)
        {
            return Plain(StorageAccessKind.Batch);
        }

        if (request.Table == "Tables")
        {
            return Plain(StorageAccessKind.TableAdmin);
        }

        if (request.Method != "GET")
        {
            return Plain(StorageAccessKind.Write);
        }

        if (request.Keys is not null)
        {
            return Plain(StorageAccessKind.PointRead);
        }

        return request.Filter is null
            ? new StorageAccess(StorageAccessKind.TableScan, OrOverRowKeys: false, NoPartitionKeyEquality: true, NoProperties)
            : ClassifyFilter(request.Filter);
    }

    public static StorageAccess ClassifyFilter(string filter)
    {
        var node = TableFilter.Parse(filter);
        var conjuncts = node is AllOf all ? all.Terms : [node];
        var hasPartition = conjuncts.Any(IsPartitionKeyEquality);
        var orOverRowKeys = Nodes(node).OfType<AnyOf>().Any(any => Nodes(any).OfType<Comparison>().Any(MentionsRowKey));
        var keysOnly = conjuncts.All(c => IsPartitionKeyEquality(c) || IsRowKeyTerm(c));
        var kind = !hasPartition ? StorageAccessKind.TableScan : keysOnly ? StorageAccessKind.PartitionQuery : StorageAccessKind.PartitionScan;
        var others = Nodes(node).OfType<Comparison>()
            .SelectMany(c => new[] { c.Left, c.Right })
            .Where(o => o.IsProperty && o.Text is not ("PartitionKey" or "RowKey"))
            .Select(o => o.Text)
            .ToHashSet(StringComparer.Ordinal);
        return new StorageAccess(kind, orOverRowKeys, !hasPartition, others);
    }

    private static StorageAccess Plain(StorageAccessKind kind) => new(kind, OrOverRowKeys: false, NoPartitionKeyEquality: false, NoProperties);

    private static bool IsPartitionKeyEquality(FilterNode node) =>
        node is Comparison { Operator: "eq", Left: { IsProperty: true, Text: "PartitionKey" }, Right.IsString: true };

    private static bool IsRowKeyTerm(FilterNode node) =>
        node is Comparison { Left: { IsProperty: true, Text: "RowKey" }, Right.IsString: true } comparison && RowKeyOperators.Contains(comparison.Operator);

    // In any case: a misspelt "rowkey" inside an or is flagged rather than trusted.
    private static bool MentionsRowKey(Comparison comparison) =>
        new[] { comparison.Left, comparison.Right }.Any(o => o.IsProperty && string.Equals(o.Text, "RowKey", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<FilterNode> Nodes(FilterNode node) => node switch
    {
        AnyOf any => any.Terms.SelectMany(Nodes).Prepend(node),
        AllOf all => all.Terms.SelectMany(Nodes).Prepend(node),
        Negation not => Nodes(not.Term).Prepend(node),
        _ => [node],
    };
}
