namespace KGraph.Neo4j.Loading;

/// <summary>A document naming an entity <see cref="Count"/> times: one MENTIONS relationship.</summary>
public sealed record MentionLink(string Doc, string Entity, int Count)
{
    public string Id => $"mentions.{Doc}.{Entity}";
}
