using System.Globalization;
using System.Security.Cryptography;

namespace KGraph.Neo4j.Gds;

/// <summary>
/// Names for one run's projections: <c>kgraph-20261205-171500-3f9a0c1e</c>, unique per run
/// (time and 32 random bits) so that two runs against one server never share or drop each
/// other's graphs. Only letters, digits and '-', and it travels as a parameter anyway.
/// </summary>
public static class ProjectionName
{
    public static string New(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"kgraph-{now.UtcDateTime:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
}
