using System.Globalization;
using System.Text;
using KGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Scalar = YamlDotNet.Core.Events.Scalar;

namespace KGraph.Store;

/// <summary>
/// Writes format version 1 deterministically: the same graph gives byte-identical text
/// (items sorted by id, fixed key order, no line wrapping), so git diffs stay minimal.
/// </summary>
public static class GraphFileWriter
{
    /// <param name="header">Comment lines for the top of the file (without the leading '#').</param>
    public static string ToYaml(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, IEnumerable<string>? header = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var line in header ?? []) text.WriteLine(line.Length == 0 ? "#" : "# " + line);
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
        var w = new Writer(emitter);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        w.BlockMap();
        w.Key("kgraph");
        w.Plain("1");

        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (docs.Count > 0)
        {
            w.Key("documents");
            w.BlockSeq();
            foreach (var d in docs) WriteDocument(w, d);
            w.End<SequenceEnd>();
        }
        var ents = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (ents.Count > 0)
        {
            w.Key("entities");
            w.BlockSeq();
            foreach (var e in ents) WriteEntity(w, e);
            w.End<SequenceEnd>();
        }
        var rels = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (rels.Count > 0)
        {
            w.Key("relationships");
            w.BlockSeq();
            foreach (var r in rels) WriteRelationship(w, r);
            w.End<SequenceEnd>();
        }
        w.End<MappingEnd>();
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteDocument(Writer w, Document d)
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

    private static void WriteEntity(Writer w, Entity e)
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
            foreach (var m in e.Mentions.OrderBy(m => m.Doc, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ThenBy(m => m.Span.End))
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

    private static void WriteRelationship(Writer w, Relationship r)
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
            foreach (var ev in r.Evidence.OrderBy(x => x.Doc, StringComparer.Ordinal).ThenBy(x => x.Span.Start).ThenBy(x => x.Span.End).ThenBy(x => x.Rule, StringComparer.Ordinal))
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

    private sealed class Writer(IEmitter emitter)
    {
        public void BlockMap() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        public void FlowMapStart() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
        public void BlockSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        public void FlowSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        public void End<T>() where T : ParsingEvent, new() => emitter.Emit(new T());
        public void Key(string key) => Plain(key);
        public void Plain(string value) => emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));

        /// <summary>Text that a YAML reader could take for a number, date, boolean or null is quoted.</summary>
        public void Text(string value) =>
            emitter.Emit(new Scalar(null, null, value, NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));

        public void Field(string key, string? value)
        {
            if (value is null) return;
            Key(key);
            Text(value);
        }

        public void FieldPlain(string key, string value)
        {
            Key(key);
            Plain(value);
        }

        public void FlowMap(string key, IReadOnlyDictionary<string, string> values)
        {
            if (values.Count == 0) return;
            Key(key);
            FlowMapStart();
            foreach (var (k, v) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Key(k);
                Text(v);
            }
            End<MappingEnd>();
        }

        public void Props(IReadOnlyDictionary<string, KGraph.Model.Scalar> props)
        {
            if (props.Count == 0) return;
            Key("props");
            FlowMapStart();
            foreach (var (k, v) in props.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Key(k);
                switch (v.Value)
                {
                    case string s: Text(s); break;
                    case double d: Plain(FormatNumber(d).Contains('.', StringComparison.Ordinal) ? FormatNumber(d) : FormatNumber(d) + ".0"); break;
                    default: Plain(v.ToString()); break;
                }
            }
            End<MappingEnd>();
        }

        public void Span(TextSpan span)
        {
            Key("span");
            FlowSeq();
            Plain(span.Start.ToString(CultureInfo.InvariantCulture));
            Plain(span.End.ToString(CultureInfo.InvariantCulture));
            End<SequenceEnd>();
        }

        private static bool NeedsQuotes(string value)
        {
            if (value.Length == 0) return true;
            // Line breaks and tabs inside a value would otherwise become folded block scalars.
            if (value.Any(c => c < ' ')) return true;
            if (value is "~" or "null" or "Null" or "NULL" or "true" or "false" or "True" or "False" or "TRUE" or "FALSE" or "yes" or "no" or "Yes" or "No" or "on" or "off") return true;
            var first = value[0];
            return char.IsAsciiDigit(first) && value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ':' or 'e' or 'E' or '+' or '_')
                || (first is '-' or '+' or '.') && value.Length > 1 && value.Skip(1).All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E');
        }
    }
}
