using System.Globalization;
using System.Text;
using KGraph.Model;
using KGraph.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KGraph.Store;

/// <summary>
/// Writes format version 1 deterministically: the same graph gives byte-identical text
/// (items sorted by id, fixed key order, no line wrapping), so git diffs stay minimal.
/// </summary>
public static class GraphFileWriter
{
    /// <param name="header">Comment lines for the top of the file (without the leading '#').</param>
    public static string ToYaml(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header = null) =>
        ToYaml(documents, entities, relationships, header, allowDirect: true);

    /// <summary>With <paramref name="allowDirect"/> false, always through YamlDotNet's emitter (tests hold the two to the same text).</summary>
    internal static string ToYaml(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header, bool allowDirect)
    {
        var file = Sorted(documents, entities, relationships, header);
        // Almost every file holds only scalars that YamlDotNet writes as they are; those are written directly,
        // at a fraction of the emitter's cost. Anything else goes through the emitter.
        return (allowDirect ? Direct(file) : null) ?? Emitted(file);
    }

    /// <summary>The text the direct writer gives, or null where it leaves the file to the emitter.</summary>
    internal static string? ToYamlDirectly(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header = null) =>
        Direct(Sorted(documents, entities, relationships, header));

    private sealed record SortedFile(List<string> Header, List<Document> Documents, List<Entity> Entities, List<Relationship> Relationships);

    private static SortedFile Sorted(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header) => new(
            header?.ToList() ?? [],
            documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
            entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToList());

    private static string? Direct(SortedFile file)
    {
        var direct = new DirectGraphWriter();
        return Write(direct, file) ? direct.Result : null;
    }

    private static string Emitted(SortedFile file)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(output,
            new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
        Write(new EmitterGraphWriter(output, emitter), file);
        return output.ToString();
    }

    private static bool Write(GraphEventWriter w, SortedFile file)
    {
        var (header, docs, ents, rels) = file;
        foreach (var line in header) w.Comment(line.Length == 0 ? "#" : "# " + CommentText.Escape(line));
        w.Start();
        w.BlockMap();
        w.Key("kgraph");
        w.Plain("1");
        if (docs.Count > 0)
        {
            w.Key("documents");
            w.BlockSeq();
            foreach (var d in docs) WriteDocument(w, d);
            w.End<SequenceEnd>();
        }
        if (ents.Count > 0)
        {
            w.Key("entities");
            w.BlockSeq();
            foreach (var e in ents) WriteEntity(w, e);
            w.End<SequenceEnd>();
        }
        if (rels.Count > 0)
        {
            w.Key("relationships");
            w.BlockSeq();
            foreach (var r in rels) WriteRelationship(w, r);
            w.End<SequenceEnd>();
        }
        w.End<MappingEnd>();
        return w.Finish();
    }

    private static void WriteDocument(GraphEventWriter w, Document d)
    {
        w.BlockMap();
        w.Field("id", d.Id);
        w.Field("title", d.Title);
        w.Field("url", d.Url);
        if (d.Published is { } p) w.FieldPlain("published", p.ToString());
        w.Field("lang", d.Lang);
        w.Field("path", d.Path);
        w.Field("sha256", d.Sha256);
        w.End<MappingEnd>();
    }

    private static void WriteEntity(GraphEventWriter w, Entity e)
    {
        w.BlockMap();
        w.Field("id", e.Id);
        w.Field("type", e.Type);
        w.Field("name", e.Name);
        w.FlowMap("names", e.Names);
        if (e.Aliases.Count > 0)
        {
            w.Key("aliases");
            w.FlowSeq();
            foreach (var alias in e.Aliases) w.Text(alias);
            w.End<SequenceEnd>();
        }
        w.Field("kind", e.Kind);
        w.FlowMap("external", e.External);
        w.Props(e.Props);
        if (e.Mentions.Count > 0)
        {
            w.Key("mentions");
            w.BlockSeq();
            foreach (var m in InOrder(e.Mentions, MentionOrder,
                ms => ms.OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ThenBy(m => m.Span.End)))
            {
                w.FlowMapStart();
                w.Field("doc", m.Doc);
                w.Span(m.Span);
                w.Field("text", m.Text);
                w.End<MappingEnd>();
            }
            w.End<SequenceEnd>();
        }
        w.End<MappingEnd>();
    }

    private static int MentionOrder(Mention a, Mention b)
    {
        var byDoc = string.CompareOrdinal(a.Doc, b.Doc);
        if (byDoc != 0) return byDoc;
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        return byStart != 0 ? byStart : a.Span.End.CompareTo(b.Span.End);
    }

    private static int EvidenceOrder(Evidence a, Evidence b)
    {
        var byDoc = string.CompareOrdinal(a.Doc, b.Doc);
        if (byDoc != 0) return byDoc;
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        if (byStart != 0) return byStart;
        var byEnd = a.Span.End.CompareTo(b.Span.End);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Rule, b.Rule);
    }

    /// <summary>
    /// The items as the stable <paramref name="sort"/> orders them; a list already in that order (as the
    /// extractor writes them) is that order itself, found without sorting or copying.
    /// </summary>
    private static IEnumerable<T> InOrder<T>(IReadOnlyList<T> items, Comparison<T> order, Func<IEnumerable<T>, IEnumerable<T>> sort)
    {
        for (var i = 1; i < items.Count; i++)
            if (order(items[i - 1], items[i]) > 0) return sort(items);
        return items;
    }

    private static void WriteRelationship(GraphEventWriter w, Relationship r)
    {
        w.BlockMap();
        w.Field("id", r.Id);
        w.Field("from", r.From);
        w.Field("type", r.Type);
        w.Field("to", r.To);
        if (r.Start is { } s) w.FieldPlain("start", s.ToString());
        if (r.End is { } e) w.FieldPlain("end", e.ToString());
        w.Field("role", r.Role);
        w.Props(r.Props);
        if (r.Confidence is { } c) w.FieldPlain("confidence", FormatNumber(c));
        w.FieldPlain("status", r.Status.ToString().ToLowerInvariant());
        if (r.Evidence.Count > 0)
        {
            w.Key("evidence");
            w.BlockSeq();
            foreach (var ev in InOrder(r.Evidence, EvidenceOrder,
                es => es.OrderBy(x => x.Doc, StringComparer.Ordinal).ThenBy(x => x.Span.Start).ThenBy(x => x.Span.End).ThenBy(x => x.Rule,
                StringComparer.Ordinal)))
            {
                w.FlowMapStart();
                w.Field("doc", ev.Doc);
                w.Span(ev.Span);
                w.Field("quote", ev.Quote);
                w.Field("rule", ev.Rule);
                w.End<MappingEnd>();
            }
            w.End<SequenceEnd>();
        }
        w.End<MappingEnd>();
    }

    internal static string FormatNumber(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);
}
