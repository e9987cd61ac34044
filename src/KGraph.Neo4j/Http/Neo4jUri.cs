namespace KGraph.Neo4j.Http;

/// <summary>
/// Turns the URI a user gives (as for Neo4j's own tools) into the HTTP(S) base address of the
/// Query API. Bolt-style schemes are accepted because NEO4J_URI usually holds one; they are
/// mapped to the HTTP port that goes with them and the mapping is reported as a note.
/// </summary>
public static class Neo4jUri
{
    private const int BoltPort = 7687;
    private const int HttpPort = 7474;
    private const int HttpsPort = 7473;
    // Aura serves the Query API on 443 only.
    private const string AuraHostSuffix = ".databases.neo4j.io";

    /// <summary>The HTTP(S) base address and, when the scheme had to be translated, a note saying how.</summary>
    public static (Uri BaseAddress, string? Note) ToHttp(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new Neo4jConfigurationException($"'{Redact(text)}' is not a Neo4j URI: expected http(s)://host:port, neo4j://host or bolt://host");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new Neo4jConfigurationException("the Neo4j URI must not contain credentials: set NEO4J_USERNAME and NEO4J_PASSWORD instead");
        if (uri.AbsolutePath is not ("/" or "") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new Neo4jConfigurationException($"the Neo4j URI '{uri.Scheme}://{uri.Authority}' must not have a path, " +
                $"query or fragment ('{Redact(uri.PathAndQuery + uri.Fragment)}')");

        var scheme = uri.Scheme.ToLowerInvariant();
        switch (scheme)
        {
            case "http":
            case "https":
                return (new Uri($"{scheme}://{uri.Authority}/"), null);
            case "neo4j":
            case "bolt":
            case "neo4j+s":
            case "bolt+s":
            case "neo4j+ssc":
            case "bolt+ssc":
                return FromBolt(uri, scheme);
            default:
                throw new Neo4jConfigurationException($"unsupported scheme '{uri.Scheme}' in the Neo4j URI: use http, https, neo4j, neo4j+s, bolt or bolt+s");
        }
    }

    private static (Uri, string) FromBolt(Uri uri, string scheme)
    {
        var secure = scheme.EndsWith("+s", StringComparison.Ordinal) || scheme.EndsWith("+ssc", StringComparison.Ordinal);
        var aura = uri.Host.EndsWith(AuraHostSuffix, StringComparison.OrdinalIgnoreCase);
        var port = aura ? 443 : secure ? HttpsPort : HttpPort;
        var httpScheme = secure ? "https" : "http";
        var mapped = new UriBuilder(httpScheme, uri.Host, port).Uri;
        var note = $"{scheme}://{uri.Authority} is a Bolt address; KGraph talks to the Query API over {httpScheme} and uses " +
            $"{mapped.GetLeftPart(UriPartial.Authority)}";
        if (!uri.IsDefaultPort && uri.Port != BoltPort)
            note += $" (port {uri.Port} is not the default Bolt port, so the HTTP port was guessed: give an {httpScheme}:// URI to choose it)";
        return (mapped, note);
    }

    /// <summary>
    /// A URI as the user typed it, fit to echo in a message: user:password@ and whatever follows
    /// a '?' or '#' (where people put ?password=...) become ***.
    /// </summary>
    private static string Redact(string text)
    {
        var tail = text.IndexOfAny(['?', '#']);
        var head = tail < 0 ? text : text[..tail];
        var schemeEnd = head.IndexOf("://", StringComparison.Ordinal);
        var at = head.LastIndexOf('@');
        if (schemeEnd >= 0 && at > schemeEnd) head = head[..(schemeEnd + 3)] + "***" + head[at..];
        return tail < 0 ? head : $"{head}{text[tail]}***";
    }
}
