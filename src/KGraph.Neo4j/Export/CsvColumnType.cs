namespace KGraph.Neo4j.Export;

/// <summary>Value types of neo4j-admin import header columns (<c>name:type</c>).</summary>
public enum CsvColumnType
{
    String,
    Long,
    Double,
    Boolean,
    StringArray,
}
