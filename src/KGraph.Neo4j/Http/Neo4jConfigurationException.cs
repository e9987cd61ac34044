namespace KGraph.Neo4j.Http;

/// <summary>The connection settings are unusable (no URI, bad scheme, bad database name).</summary>
public sealed class Neo4jConfigurationException(string message) : Exception(message);
