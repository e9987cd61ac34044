using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Loading;

/// <summary>
/// One statement shape and the rows it is fed. Rows are produced lazily, batch by batch, so
/// memory stays flat in the number of rows.
/// </summary>
public sealed class LoadStep(string name, string body, int rowCount, Func<IEnumerable<PropertyMap>> rows)
{
    /// <summary>What is loaded, e.g. "Person entities" or "FOUNDED relationships".</summary>
    public string Name { get; } = name;
    /// <summary>The statement after <c>UNWIND ... AS row</c>.</summary>
    public string Body { get; } = body;
    public int RowCount { get; } = rowCount;

    /// <summary>The statement sent to the server, with the rows as the <c>$rows</c> parameter.</summary>
    public string Statement => GraphStatements.Unwind("$" + GraphStatements.RowsParameter, Body);

    public IEnumerable<PropertyMap> Rows() => rows();

    public int BatchCount(int batchSize) => (RowCount + batchSize - 1) / batchSize;

    public IEnumerable<IReadOnlyList<PropertyMap>> Batches(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Rows().Chunk(batchSize);
    }
}
