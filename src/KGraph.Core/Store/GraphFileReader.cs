using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Store;

/// <summary>
/// Reads one data file of format version 1 into located model records. Every problem in the
/// file is reported (unknown keys, wrong types, bad dates, bad ids); items that are too broken
/// to use are left out so later checks do not pile follow-on errors onto them.
/// </summary>
public sealed class GraphFileReader(GraphVocabulary vocabulary, ReadLimits? limits = null)
{
    private static readonly string[] RootKeys = ["kgraph", "documents", "entities", "relationships"];
    private static readonly string[] DocumentKeys = ["id", "title", "url", "published", "lang", "path", "sha256"];
    private static readonly string[] EntityKeys = ["id", "type", "name", "names", "aliases", "kind", "external", "props", "mentions"];
    private static readonly string[] RelationshipKeys = ["id", "from", "type", "to", "start", "end", "role", "props", "confidence", "status", "evidence"];
    private static readonly string[] MentionKeys = ["doc", "span", "text"];
    private static readonly string[] EvidenceKeys = ["doc", "span", "quote", "rule"];

    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    // Ids, types and rule names repeat across the files of one load; a large graph keeps one copy of each.
    private readonly StringPool _pool = new();

    public GraphFile? Read(string path, DataLayer layer, DiagnosticBag diagnostics)
    {
        var text = TextFileReader.Read(path, _limits, diagnostics);
        return text is null ? null : Parse(path, text, layer, diagnostics, new ReparsedFile(path));
    }

    /// <param name="reparse">When given, items point back into the file through it instead of holding their nodes.</param>
    public GraphFile? Parse(string path, string text, DataLayer layer, DiagnosticBag diagnostics, ReparsedFile? reparse = null)
    {
        var root = StrictYamlParser.Parse(path, text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Error(SourcePosition.StartOf(path), "empty file; expected 'kgraph: 1'");
            return null;
        }
        if (root is not YamlMapping map)
        {
            diagnostics.Error(root.At, $"a KGraph file must be a mapping starting with 'kgraph: 1', not {root.KindName}");
            return null;
        }
        var fields = new MappingFields(map, "file", RootKeys, diagnostics);
        FormatVersion.Check(fields, diagnostics);
        return new GraphFile(
            path,
            layer,
            Items(fields, "documents", "document", diagnostics, reparse, ReadDocument),
            Items(fields, "entities", "entity", diagnostics, reparse, ReadEntity),
            Items(fields, "relationships", "relationship", diagnostics, reparse, (m, h, d) => ReadRelationship(m, h, layer, d)));
    }

    private static List<Located<T>> Items<T>(MappingFields root, string key, string what, DiagnosticBag diagnostics, ReparsedFile? reparse, Func<YamlMapping,
        NodeHandle, DiagnosticBag, Located<T>?> read)
    {
        var result = new List<Located<T>>();
        var items = root.List(key)?.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var node = items[i];
            if (node is YamlMapping map)
            {
                var handle = reparse is null ? NodeHandle.Of(map) : NodeHandle.InFile(reparse, key, i);
                if (read(map, handle, diagnostics) is { } item) result.Add(item);
            }
            else
            {
                diagnostics.Error(node.At, $"each item of '{key}' must be a mapping ({what}), not {node.KindName}");
            }
        }
        return result;
    }

    private static Located<Document>? ReadDocument(YamlMapping map, NodeHandle handle, DiagnosticBag diagnostics)
    {
        var f = new MappingFields(map, "document", DocumentKeys, diagnostics);
        var id = CheckedId(f, "document", diagnostics);
        var lang = f.Text("lang");
        if (lang is not null && DocumentRules.LangProblem(lang) is { } langProblem) diagnostics.Error(f.PositionOf("lang"), langProblem);
        var url = f.Text("url");
        if (url is not null && DocumentRules.UrlProblem(url) is { } urlProblem) diagnostics.Error(f.PositionOf("url"), urlProblem);
        var sha = f.Text("sha256");
        if (sha is not null && (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower)))
            diagnostics.Error(f.PositionOf("sha256"), "'sha256' must be 64 lower-case hex digits");
        var published = f.Date("published");
        if (id is null) return null;
        return new Located<Document>(new Document(id, f.Text("title"), url, published, lang, f.Text("path"), sha), f.At, handle);
    }

    private Located<Entity>? ReadEntity(YamlMapping map, NodeHandle handle, DiagnosticBag diagnostics)
    {
        var f = new MappingFields(map, "entity", EntityKeys, diagnostics);
        var id = _pool.ShareOrNull(CheckedId(f, "entity", diagnostics));
        var type = _pool.ShareOrNull(f.Text("type", required: true));
        var name = f.Text("name", required: true);
        if (type is not null && !vocabulary.IsEntityType(type))
        {
            diagnostics.Error(f.PositionOf("type"), $"unknown entity type '{type}' (known: {string.Join(", ", vocabulary.EntityTypes.Select(t => t.Name))})");
            type = null;
        }
        var aliases = f.StringList("aliases");
        var names = f.StringMap("names", PropertyNames.Language);
        var mentions = new List<Mention>();
        foreach (var node in f.List("mentions")?.Items ?? [])
            if (ReadMention(node, diagnostics) is { } mention) mentions.Add(mention);
        var kind = _pool.ShareOrNull(f.Text("kind"));
        var entity = new Entity
        {
            Id = id ?? "",
            Type = type ?? "",
            Name = name ?? "",
            Names = names,
            Aliases = aliases,
            Kind = kind,
            External = f.StringMap("external", PropertyNames.SnakeCase),
            Props = f.ScalarMap("props", PropertyNames.SnakeCase),
            Mentions = mentions.Count == 0 ? [] : mentions.ToArray(),
        };
        if (id is null || type is null || name is null) return null;
        return new Located<Entity>(entity, f.At, handle);
    }

    private Located<Relationship>? ReadRelationship(YamlMapping map, NodeHandle handle, DataLayer layer, DiagnosticBag diagnostics)
    {
        var f = new MappingFields(map, "relationship", RelationshipKeys, diagnostics);
        var from = _pool.ShareOrNull(f.Text("from", required: true));
        var to = _pool.ShareOrNull(f.Text("to", required: true));
        var type = _pool.ShareOrNull(f.Text("type", required: true));
        if (type is not null && vocabulary.RelationshipType(type) is null)
        {
            diagnostics.Error(f.PositionOf("type"),
                $"unknown relationship type '{type}' (add it to schema.yaml, or use one of: " +
                    $"{string.Join(", ", vocabulary.RelationshipTypes.Select(t => t.Name))})");
            type = null;
        }
        var explicitId = f.Text("id");
        if (explicitId is not null && !Ids.IsValid(explicitId))
        {
            diagnostics.Error(f.PositionOf("id"), $"relationship id '{explicitId}' is not valid ({Ids.Rule})");
            explicitId = null;
        }
        var start = f.Date("start");
        var end = f.Date("end");
        if (start is { } s && end is { } e && e < s)
            diagnostics.Error(f.PositionOf("end"), $"'end' ({e}) is before 'start' ({s})");
        var status = ReadStatus(f, layer, diagnostics);
        var evidence = new List<Evidence>();
        foreach (var node in f.List("evidence")?.Items ?? [])
            if (ReadEvidence(node, diagnostics) is { } item) evidence.Add(item);
        var confidence = f.Number("confidence", 0, 1);
        if (from is null || to is null || type is null) return null;
        var relationship = new Relationship
        {
            Id = explicitId ?? RelationshipId.For(from, type, to, start, vocabulary.IsSymmetric(type)),
            From = from,
            Type = type,
            To = to,
            Start = start,
            End = end,
            Role = _pool.ShareOrNull(f.Text("role")),
            Props = f.ScalarMap("props", PropertyNames.SnakeCase),
            Confidence = confidence,
            Status = status,
            Evidence = evidence.Count == 0 ? [] : evidence.ToArray(),
        };
        return new Located<Relationship>(relationship, f.At, handle);
    }

    private static RelationshipStatus ReadStatus(MappingFields f, DataLayer layer, DiagnosticBag diagnostics)
    {
        var fallback = layer == DataLayer.Extracted ? RelationshipStatus.Extracted : RelationshipStatus.Reviewed;
        switch (f.Text("status"))
        {
            case null: return fallback;
            case "extracted": return RelationshipStatus.Extracted;
            case "reviewed": return RelationshipStatus.Reviewed;
            case "rejected": return RelationshipStatus.Rejected;
            case var other:
                diagnostics.Error(f.PositionOf("status"), $"'status' must be extracted, reviewed or rejected, not '{other}'");
                return fallback;
        }
    }

    private Mention? ReadMention(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping map)
        {
            diagnostics.Error(node.At, $"a mention must be a mapping {{doc, span, text}}, not {node.KindName}");
            return null;
        }
        var f = new MappingFields(map, "mention", MentionKeys, diagnostics);
        var doc = _pool.ShareOrNull(f.Text("doc", required: true));
        var span = ReadSpan(f, diagnostics);
        var text = f.Text("text", required: true);
        return doc is null || span is null || text is null ? null : new Mention(doc, span.Value, text);
    }

    private Evidence? ReadEvidence(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping map)
        {
            diagnostics.Error(node.At, $"evidence must be a mapping {{doc, span, quote, rule}}, not {node.KindName}");
            return null;
        }
        var f = new MappingFields(map, "evidence", EvidenceKeys, diagnostics);
        var doc = _pool.ShareOrNull(f.Text("doc", required: true));
        var span = ReadSpan(f, diagnostics);
        var quote = f.Text("quote", required: true);
        return doc is null || span is null || quote is null ? null : new Evidence(doc, span.Value, quote, _pool.ShareOrNull(f.Text("rule")));
    }

    private static TextSpan? ReadSpan(MappingFields f, DiagnosticBag diagnostics)
    {
        if (!f.Has("span"))
        {
            f.Missing("span");
            return null;
        }
        if (f.List("span") is not { } seq) return null;
        if (seq.Items.Count == 2 && seq.Items[0] is YamlScalar a && seq.Items[1] is YamlScalar b
            && int.TryParse(a.Value, out var start) && int.TryParse(b.Value, out var end) && start >= 0 && end >= start)
            return new TextSpan(start, end);
        diagnostics.Error(seq.At, "'span' must be [start, end] with 0 ≤ start ≤ end");
        return null;
    }

    private static string? CheckedId(MappingFields f, string what, DiagnosticBag diagnostics)
    {
        var id = f.Text("id", required: true);
        if (id is null || Ids.IsValid(id)) return id;
        diagnostics.Error(f.PositionOf("id"), $"{what} id '{id}' is not valid ({Ids.Rule})");
        return null;
    }
}
