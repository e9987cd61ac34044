namespace KGraph.Neo4j.Http;

/// <summary>What <c>GET /</c> on a Neo4j server says about itself.</summary>
public sealed record Neo4jServerInfo(string? Version, string? Edition, bool HasQueryApi)
{
    public const string MinimumVersion = "5.25";

    public override string ToString() => $"Neo4j {Version ?? "(version not reported)"}{(Edition is null ? "" : " " + Edition)}";
}
