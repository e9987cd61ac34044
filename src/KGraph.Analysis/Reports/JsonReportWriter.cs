using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KGraph.Analysis.Components;

namespace KGraph.Analysis.Reports;

/// <summary>
/// Writes <c>analysis.json</c>, format 1: settings of each measure, then one object per entity
/// (id order) with every measure, then components, strong components, communities and brokers.
/// Field order is fixed so that the file diffs cleanly between runs.
/// </summary>
public static class JsonReportWriter
{
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(AnalysisReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Streams the report (UTF-8, ending in a newline) into <paramref name="stream"/>, flushing as it goes.</summary>
    public static void Write(AnalysisReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("kgraphAnalysis", FormatVersion);
            json.WriteString("filter", report.View.Filter.Describe());
            json.WriteNumber("entityCount", report.View.Entities.Count);
            json.WriteNumber("relationshipCount", report.View.Relationships.Count);
            WriteSettings(json, report);
            json.WriteStartArray("entities");
            foreach (var e in report.Entities)
            {
                FlushWhenFull(json);
                json.WriteStartObject();
                json.WriteString("id", e.Entity.Id);
                json.WriteString("name", e.Entity.Name);
                json.WriteString("type", e.Entity.Type);
                json.WriteNumber("inDegree", e.InDegree);
                json.WriteNumber("outDegree", e.OutDegree);
                json.WriteNumber("degree", e.Degree);
                json.WriteNumber("pagerank", e.PageRank);
                json.WriteNumber("betweenness", e.Betweenness);
                json.WriteNumber("component", e.Component);
                json.WriteNumber("strongComponent", e.StrongComponent);
                json.WriteNumber("community", e.Community);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WritePartition(json, "components", report, report.Components);
            WritePartition(json, "strongComponents", report, report.StrongComponents);
            WritePartition(json, "communities", report, report.Communities.Communities);
            json.WriteStartArray("brokers");
            foreach (var b in report.Brokers)
            {
                json.WriteStartObject();
                json.WriteString("id", b.Entity.Id);
                json.WriteNumber("betweenness", b.Betweenness);
                json.WriteNumber("neighbors", b.Neighbors);
                json.WriteNumber("score", b.Score);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    // Utf8JsonWriter buffers everything until flushed: hand it to the stream in slices, not as one 40 MB array.
    private static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= 1 << 16) json.Flush();
    }

    private static void WriteSettings(Utf8JsonWriter json, AnalysisReport report)
    {
        json.WriteStartObject("measures");
        json.WriteStartObject("pagerank");
        json.WriteNumber("damping", report.PageRank.Options.Damping);
        json.WriteNumber("tolerance", report.PageRank.Options.Tolerance);
        json.WriteNumber("iterations", report.PageRank.Iterations);
        json.WriteBoolean("converged", report.PageRank.Converged);
        json.WriteEndObject();
        json.WriteStartObject("betweenness");
        json.WriteString("view", "undirected");
        json.WriteBoolean("exact", report.Betweenness.Exact);
        json.WriteNumber("pivots", report.Betweenness.Pivots);
        if (report.Betweenness.Seed is { } seed) json.WriteNumber("seed", seed);
        else json.WriteNull("seed");
        json.WriteEndObject();
        json.WriteStartObject("communities");
        json.WriteString("method", "louvain");
        json.WriteNumber("modularity", report.Communities.Modularity);
        json.WriteNumber("levels", report.Communities.Levels);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePartition(Utf8JsonWriter json, string name, AnalysisReport report, Partition partition)
    {
        json.WriteStartArray(name);
        for (var c = 0; c < partition.Count; c++)
        {
            json.WriteStartObject();
            json.WriteNumber("id", c);
            json.WriteNumber("size", partition.Members[c].Length);
            json.WriteStartArray("members");
            foreach (var v in partition.Members[c])
            {
                FlushWhenFull(json);
                json.WriteStringValue(report.Entities[v].Entity.Id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
