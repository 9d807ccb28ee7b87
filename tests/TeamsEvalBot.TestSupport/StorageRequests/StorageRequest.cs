namespace TeamsEvalBot.TestSupport;

/// <summary>
/// One request the bot sent to Table Storage, read from its method and address: the table (or
/// "Tables" for the table list, "$batch" for an entity-group transaction), the entity's keys when
/// the path names one, and the decoded $filter and $top of a query.
/// </summary>
public sealed record StorageRequest(string Method, string Table, EntityKeys? Keys, string? Filter, int? Top)
{
    public const string BatchPath = "$batch";

    public bool IsBatch => Table == BatchPath;

    public static StorageRequest Read(string method, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);

        // The last segment, split before it is decoded: an encoded '/' inside a key stays in its key.
        var segment = Uri.UnescapeDataString(uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..]);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : string.Empty, StringComparer.Ordinal);
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        var table = open < 0 ? segment : segment[..open];
        var keys = open < 0 || segment[open..] == "()" || table == "Tables" ? null : EntityKeys.Read(segment, open);
        return new StorageRequest(
            method,
            table,
            keys,
            query.GetValueOrDefault("$filter"),
            query.TryGetValue("$top", out var top) ? int.Parse(top, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    public override string ToString() =>
        $"{Method} {Table}{(Keys is { } k ? $"(PartitionKey='{k.PartitionKey}',RowKey='{k.RowKey}')" : string.Empty)}{(Filter is null ? string.Empty : $" $filter={Filter}")}{(Top is null ? string.Empty : $" $top={Top}")}";
}

/// <summary>The keys in an entity's path: <c>Table(PartitionKey='…',RowKey='…')</c>.</summary>
public sealed record EntityKeys(string PartitionKey, string RowKey)
{
    internal static EntityKeys Read(string segment, int open)
    {
        var i = open + 1;
        var partitionKey = Named(segment, ref i, "PartitionKey=");
        Expect(segment, ref i, ",");
        var rowKey = Named(segment, ref i, "RowKey=");
        Expect(segment, ref i, ")");
        return i == segment.Length ? new EntityKeys(partitionKey, rowKey) : throw new FormatException($"Unexpected text after the keys in: {segment}");
    }

    private static string Named(string segment, ref int i, string name)
    {
        Expect(segment, ref i, name);
        return QuotedText.Read(segment, ref i);
    }

    private static void Expect(string segment, ref int i, string text)
    {
        if (string.CompareOrdinal(segment, i, text, 0, text.Length) != 0)
        {
            throw new FormatException($"Expected {text} at {i} in: {segment}");
        }

        i += text.Length;
    }
}
