using Azure.Data.Tables;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Storage;

/// <summary>The recorder's checker, on filters as the bot writes them and on ones written to fool it.</summary>
public sealed class StorageRequestCheckTests
{
    [Theory]
    [InlineData("PartitionKey eq 'w1' and RowKey ge 'member|' and RowKey lt 'member}'")]
    [InlineData("PartitionKey eq 'w1'")]
    [InlineData("PartitionKey eq 'w1' and RowKey eq 'workshop'")]
    [InlineData("(PartitionKey eq 'w1') and ((RowKey gt 'a') and RowKey le 'b')")]
    [InlineData("PartitionKey EQ 'w1' AND RowKey Ge 'a'")]
    public void AQueryOfOnePartitionByItsKeys_IsAPartitionQuery(string filter)
    {
        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.Equal((StorageAccessKind.PartitionQuery, false, false), (access.Kind, access.OrOverRowKeys, access.NoPartitionKeyEquality));
    }

    [Fact]
    public void TheRaterContextsOrAcrossFiveRowKeys_IsFlagged()
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {"w1"} and (RowKey eq {"workshop"} or RowKey eq {"proposal|1.1"} or RowKey eq {"member|29:a"} or RowKey eq {"rating|1.1|1|29:a"} or RowKey eq {"count|1.1|1"})");

        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.Equal((StorageAccessKind.PartitionScan, true, false), (access.Kind, access.OrOverRowKeys, access.NoPartitionKeyEquality));
    }

    [Theory]
    [InlineData("PartitionKey eq 'w1' and (RowKey eq 'a' OR RowKey eq 'b')")]
    [InlineData("PartitionKey eq 'w1' and (RowKey eq 'a' Or RowKey eq 'b')")]
    [InlineData("PartitionKey eq 'w1' and (rowkey eq 'a' or rowKey eq 'b')")]
    [InlineData("PartitionKey eq 'w1' and ((RowKey ge 'a' and RowKey lt 'b') or (RowKey ge 'c' and RowKey lt 'd'))")]
    [InlineData("PartitionKey eq 'w1' and not (RowKey eq 'a' or RowKey eq 'b')")]
    public void AnOrOverRowKeys_IsFlagged_InAnyCase_AtAnyDepth(string filter)
    {
        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.True(access.OrOverRowKeys, filter);
        Assert.False(access.NoPartitionKeyEquality, filter);
        Assert.Equal(StorageAccessKind.PartitionScan, access.Kind);
    }

    [Theory]
    [InlineData("PartitionKey ge 't|' and PartitionKey lt 't}'")]
    [InlineData("Status eq 'Pending'")]
    [InlineData("partitionkey eq 'w1'")]
    [InlineData("PartitionKey ne 'w1'")]
    [InlineData("'w1' eq PartitionKey")]
    [InlineData("PartitionKey eq 'w1' or PartitionKey eq 'w2'")]
    [InlineData("not (PartitionKey eq 'w1')")]
    [InlineData("RowKey eq 'workshop'")]
    public void AFilterWithoutAPartitionKeyEquality_IsATableScan(string filter)
    {
        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.True(access.NoPartitionKeyEquality, filter);
        Assert.Equal(StorageAccessKind.TableScan, access.Kind);
    }

    [Fact]
    public void AnOrAcrossPartitions_WithRowKeys_IsFlaggedBothWays()
    {
        var access = StorageRequestCheck.ClassifyFilter("(PartitionKey eq 'w1' and RowKey eq 'a') or (PartitionKey eq 'w2' and RowKey eq 'a')");

        Assert.Equal((true, true), (access.OrOverRowKeys, access.NoPartitionKeyEquality));
    }

    [Theory]
    [InlineData("PartitionKey eq 'it''s or RowKey eq ''x''' and RowKey ge 'a'", StorageAccessKind.PartitionQuery, false, false)]
    [InlineData("RowKey eq 'a'' or PartitionKey eq ''b'", StorageAccessKind.TableScan, false, true)]
    [InlineData("PartitionKey eq 'w1' and RowKey eq ') or (RowKey eq '''", StorageAccessKind.PartitionQuery, false, false)]
    [InlineData("PartitionKey eq '''' and RowKey lt ''''''", StorageAccessKind.PartitionQuery, false, false)]
    [InlineData("Name eq 'PartitionKey eq ''w1''' and (RowKey eq 'a' or RowKey eq 'b')", StorageAccessKind.TableScan, true, true)]
    public void QuotesInsideValues_AreReadAsPartOfTheValue(string filter, StorageAccessKind kind, bool orOverRowKeys, bool noPartition)
    {
        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.Equal((kind, orOverRowKeys, noPartition), (access.Kind, access.OrOverRowKeys, access.NoPartitionKeyEquality));
    }

    [Fact]
    public void ValuesQuotedByTheSdk_KeepTheirQuotes()
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"o'brien or x"} and RowKey ge {"a' or RowKey eq 'b"} and RowKey lt {"c"}");

        var node = Assert.IsType<AllOf>(TableFilter.Parse(filter));

        Assert.Equal(["o'brien or x", "a' or RowKey eq 'b", "c"], node.Terms.Cast<Comparison>().Select(c => c.Right.Text));
        Assert.Equal(StorageAccessKind.PartitionQuery, StorageRequestCheck.ClassifyFilter(filter).Kind);
    }

    [Theory]
    [InlineData("PartitionKey eq 'w1' and PersonId eq '29:a' and RowKey ge 'rating|' and RowKey lt 'rating}'", "PersonId")]
    [InlineData("PartitionKey eq 'w1' and ExpiresAt le datetime'2026-01-01T00:00:00.0000000Z'", "ExpiresAt")]
    [InlineData("PartitionKey eq 'w1' and Count gt 3 and Done eq true", "Count Done")]
    [InlineData("PartitionKey eq 'w1' and RowKey ne 'a'", "")]
    public void OtherTermsInOnePartition_AreAPartitionScan_WithoutFlags(string filter, string properties)
    {
        var access = StorageRequestCheck.ClassifyFilter(filter);

        Assert.Equal((StorageAccessKind.PartitionScan, false, false), (access.Kind, access.OrOverRowKeys, access.NoPartitionKeyEquality));
        Assert.Equal(properties.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), access.OtherProperties.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PartitionKey eq 'unclosed")]
    [InlineData("PartitionKey eq")]
    [InlineData("PartitionKey eq 'w1' and")]
    [InlineData("(PartitionKey eq 'w1'")]
    [InlineData("PartitionKey eq 'w1') or (RowKey eq 'a'")]
    [InlineData("PartitionKey = 'w1'")]
    public void AFilterItCannotRead_IsRefusedLoudly(string filter) =>
        Assert.Throws<FormatException>(() => StorageRequestCheck.ClassifyFilter(filter));

    [Theory]
    [InlineData("GET", "http://127.0.0.1:10002/devstoreaccount1/Workshops(PartitionKey='w1',RowKey='workshop')", StorageAccessKind.PointRead)]
    [InlineData("GET", "http://127.0.0.1:10002/devstoreaccount1/Workshops()?$filter=PartitionKey%20eq%20%27w1%27", StorageAccessKind.PartitionQuery)]
    [InlineData("GET", "http://127.0.0.1:10002/devstoreaccount1/Downloads()?$select=MadeFor", StorageAccessKind.TableScan)]
    [InlineData("POST", "http://127.0.0.1:10002/devstoreaccount1/$batch", StorageAccessKind.Batch)]
    [InlineData("POST", "http://127.0.0.1:10002/devstoreaccount1/Workshops", StorageAccessKind.Write)]
    [InlineData("PATCH", "http://127.0.0.1:10002/devstoreaccount1/Workshops(PartitionKey='w1',RowKey='workshop')", StorageAccessKind.Write)]
    [InlineData("DELETE", "https://account.table.core.windows.net/Workshops(PartitionKey='w1',RowKey='workshop')", StorageAccessKind.Write)]
    [InlineData("POST", "http://127.0.0.1:10002/devstoreaccount1/Tables", StorageAccessKind.TableAdmin)]
    [InlineData("GET", "http://127.0.0.1:10002/devstoreaccount1/Tables('Workshops')", StorageAccessKind.TableAdmin)]
    public void ARequest_IsClassifiedByItsMethodAndPath(string method, string uri, StorageAccessKind kind) =>
        Assert.Equal(kind, StorageRequestCheck.Classify(StorageRequest.Read(method, new Uri(uri))).Kind);

    [Fact]
    public void APointReadsKeys_AreDecoded_WithTheirQuotes()
    {
        var request = StorageRequest.Read("GET", new Uri("http://127.0.0.1:10002/devstoreaccount1/Workshops(PartitionKey='w%2F1',RowKey='member%7C29%3Ao''brien,RowKey=''x'')')"));

        Assert.Equal(new EntityKeys("w/1", "member|29:o'brien,RowKey='x')"), request.Keys);
        Assert.Equal("Workshops", request.Table);
    }

    [Fact]
    public void AQuerysFilterAndTop_AreDecoded_PlusSignsIncluded()
    {
        var request = StorageRequest.Read("GET", new Uri("http://127.0.0.1:10002/devstoreaccount1/Workshops()?%24filter=PartitionKey%20eq%20%27a%2Bb%20%26%20c%27&%24top=1000"));

        Assert.Equal(("PartitionKey eq 'a+b & c'", 1000), (request.Filter, request.Top));
    }
}
