namespace KGraph.Neo4j.Loading;

/// <summary>Reported after each batch: which step, and rows done of all rows in the load.</summary>
public readonly record struct LoadProgress(string Step, long RowsDone, long RowsTotal);
