using System.Globalization;
using System.Text;
using KGraph.Model;
using KGraph.Yaml;
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
    public static string ToYaml(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header = null) =>
        ToYaml(documents, entities, relationships, header, allowDirect: true);

    /// <summary>With <paramref name="allowDirect"/> false, always through YamlDotNet's emitter (tests hold the two to the same text).</summary>
    internal static string ToYaml(IEnumerable<Document> documents, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships,
        IEnumerable<string>? header, bool allowDirect)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ents = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var rels = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var lines = header?.ToList() ?? [];
        // Almost every file holds only scalars that YamlDotNet writes as they are; those are written directly,
        // at a fraction of the emitter's cost. Anything else goes through the emitter.
        var direct = new DirectWriter();
        if (allowDirect && Write(direct, lines, docs, ents, rels) && direct.Result is { } text) return text;
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(output,
            new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
        Write(new EmitterWriter(output, emitter), lines, docs, ents, rels);
        return output.ToString();
    }

    private static bool Write(Writer w, List<string> header, List<Document> docs, List<Entity> ents, List<Relationship> rels)
    {
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

    /// <summary>The events of a graph file; <see cref="EmitterWriter"/> hands them to YamlDotNet, <see cref="DirectWriter"/> writes them itself.</summary>
    private abstract class Writer
    {
        public abstract void Comment(string line);
        public abstract void Start();
        public abstract void BlockMap();
        public abstract void FlowMapStart();
        public abstract void BlockSeq();
        public abstract void FlowSeq();
        public abstract void End<T>() where T : ParsingEvent, new();
        public abstract void Key(string key);
        public abstract void Plain(string value);

        /// <summary>Text that a YAML reader could take for a number, date, boolean or null is quoted.</summary>
        public abstract void Text(string value);

        /// <summary>Ends the stream; false when the writer could not write the file.</summary>
        public abstract bool Finish();

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
            foreach (var (k, v) in ByKey(values))
            {
                Key(k);
                Text(v);
            }
            End<MappingEnd>();
        }

        /// <summary>Entries in ordinal key order; a dictionary sorted that way already is read as it stands.</summary>
        private static IEnumerable<KeyValuePair<string, T>> ByKey<T>(IReadOnlyDictionary<string, T> values) =>
            values is SortedDictionary<string, T> sorted
                && ReferenceEquals(sorted.Comparer, StringComparer.Ordinal) ? sorted : values.OrderBy(p => p.Key, StringComparer.Ordinal);

        public void Props(IReadOnlyDictionary<string, KGraph.Model.Scalar> props)
        {
            if (props.Count == 0) return;
            Key("props");
            FlowMapStart();
            foreach (var (k, v) in ByKey(props))
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

        protected static bool NeedsQuotes(string value)
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

    private sealed class EmitterWriter(TextWriter output, IEmitter emitter) : Writer
    {
        public override void Comment(string line) => output.WriteLine(line);
        public override void Start()
        {
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        }
        public override void BlockMap() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        public override void FlowMapStart() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
        public override void BlockSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        public override void FlowSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        public override void End<T>() => emitter.Emit(new T());
        public override void Key(string key) => Plain(key);
        public override void Plain(string value) => emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));
        public override void Text(string value) =>
            emitter.Emit(new Scalar(null, null, value, NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
        public override bool Finish()
        {
            emitter.Emit(new DocumentEnd(isImplicit: true));
            emitter.Emit(new StreamEnd());
            return true;
        }
    }

    /// <summary>
    /// Writes the layout YamlDotNet's emitter gives these events with <see cref="ToYaml"/>'s settings (block
    /// sequences indented under their key, flow collections on one line, no line wrapping), choosing each
    /// scalar's style as the emitter's analysis does for scalars of printable characters on one line.
    /// Any other scalar or shape gives up (<see cref="Result"/> is then null) and the file goes through the emitter.
    /// </summary>
    private sealed class DirectWriter : Writer
    {
        private const int MaxKeyLength = 1000;
        private readonly StringBuilder _text = new();
        private readonly Stack<Level> _levels = new();
        private bool _lineOpen;
        private bool _failed;

        public string? Result => _failed ? null : _text.ToString();

        private sealed class Level(bool block, bool map, int indent)
        {
            public bool Block { get; } = block;
            public bool Map { get; } = map;
            public int Indent { get; } = indent;
            public int Nodes { get; set; }
        }

        public override void Comment(string line) => _text.Append(line).Append('\n');
        public override void Start() { }
        public override void BlockMap() => Open(block: true, map: true);
        public override void FlowMapStart() => Open(block: false, map: true);
        public override void BlockSeq() => Open(block: true, map: false);
        public override void FlowSeq() => Open(block: false, map: false);

        public override void End<T>()
        {
            if (_failed) return;
            var level = _levels.Pop();
            if (level.Nodes == 0) _failed = true; // the emitter writes an empty collection in flow style
            if (!level.Block) _text.Append(level.Map ? '}' : ']');
            if (_levels.TryPeek(out var parent)) parent.Nodes++;
        }

        public override void Key(string key)
        {
            // Keys are ours (field names, language codes, property names): plain ones only.
            if (key.Length > MaxKeyLength || Styled(key) != key) _failed = true;
            Scalar(key);
        }

        public override void Plain(string value) => Scalar(Styled(value));

        public override void Text(string value) => Scalar(NeedsQuotes(value) ? DoubleQuoted(value) : Styled(value));

        public override bool Finish()
        {
            if (_levels.Count != 0) _failed = true;
            if (_lineOpen) _text.Append('\n');
            return !_failed;
        }

        private void Open(bool block, bool map)
        {
            if (_failed) return;
            var parent = _levels.Count > 0 ? _levels.Peek() : null;
            if (parent is null)
            {
                if (!(block && map)) _failed = true;
                _levels.Push(new Level(block, map, 0));
                return;
            }
            if (block && !parent.Block) _failed = true;
            if (block && map)
            {
                // Only as an item of a block sequence: its first key follows the dash.
                if (!(parent.Block && !parent.Map)) _failed = true;
                NewItem(parent);
                _levels.Push(new Level(true, true, parent.Indent + 2));
                return;
            }
            if (block)
            {
                // Only as the value of a block mapping key: its items go on the lines below, two deeper.
                if (!(parent.Map && parent.Nodes % 2 == 1)) _failed = true;
                _text.Append(':');
                _levels.Push(new Level(true, false, parent.Indent + 2));
                return;
            }
            BeforeNode(parent);
            _text.Append(map ? '{' : '[');
            _levels.Push(new Level(false, map, parent.Indent));
        }

        private void Scalar(string? text)
        {
            if (text is null) _failed = true;
            if (_failed) return;
            if (!_levels.TryPeek(out var parent) || (parent.Block && !parent.Map))
            {
                _failed = true;
                return;
            }
            BeforeNode(parent);
            _text.Append(text);
            parent.Nodes++;
        }

        /// <summary>Places a node that is not a block collection: a key on its own line, a value after its key, or a flow item.</summary>
        private void BeforeNode(Level parent)
        {
            if (parent.Block && parent.Map)
            {
                if (parent.Nodes % 2 == 1) _text.Append(": ");
                else if (parent.Nodes > 0 || _levels.Count == 1) NewLine(parent.Indent);
                // else: the first key of an item's mapping, right after "- ".
            }
            else if (parent.Block) NewItem(parent);
            else if (parent.Map) _text.Append(parent.Nodes == 0 ? "" : parent.Nodes % 2 == 1 ? ": " : ", ");
            else if (parent.Nodes > 0) _text.Append(", ");
        }

        private void NewItem(Level sequence)
        {
            NewLine(sequence.Indent);
            _text.Append("- ");
        }

        private void NewLine(int indent)
        {
            if (_lineOpen) _text.Append('\n');
            _text.Append(' ', indent);
            _lineOpen = true;
        }

        /// <summary>
        /// A plain (or any-style) scalar as the emitter writes it here: plain where its analysis allows that in
        /// this context (block or flow), else single-quoted, else (with a ' inside) double-quoted. Null when the
        /// value holds a character this writer leaves to the emitter (controls, line breaks, tabs, surrogates).
        /// </summary>
        private string? Styled(string value)
        {
            if (value.Length == 0 || !IsSimple(value)) return null;
            var flow = _levels.TryPeek(out var parent) && !parent.Block;
            bool flowPlain = true, blockPlain = true;
            if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal)) flowPlain = blockPlain = false;
            if (value[0] == ' ' || value[^1] == ' ') flowPlain = blockPlain = false;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var followedBySpace = i + 1 == value.Length || value[i + 1] == ' ';
                if (i == 0)
                {
                    if ("#,[]{}&*!|>\"%@`'".Contains(c, StringComparison.Ordinal)) flowPlain = blockPlain = false;
                    if (c is '?' or ':')
                    {
                        flowPlain = false;
                        if (followedBySpace) blockPlain = false;
                    }
                    if (c == '-' && followedBySpace) flowPlain = blockPlain = false;
                }
                else
                {
                    if (",?[]{}".Contains(c, StringComparison.Ordinal)) flowPlain = false;
                    if (c == ':')
                    {
                        flowPlain = false;
                        if (followedBySpace) blockPlain = false;
                    }
                    if (c == '#' && value[i - 1] == ' ') flowPlain = blockPlain = false;
                }
            }
            if (flow ? flowPlain : blockPlain) return value;
            return value.Contains('\'', StringComparison.Ordinal) ? DoubleQuoted(value) : "'" + value + "'";
        }

        /// <summary>A double-quoted scalar: only " and \ need escapes among the characters <see cref="IsSimple"/> lets through.</summary>
        private static string? DoubleQuoted(string value) =>
            value.Length == 0 || IsSimple(value) ? '"' + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"",
                StringComparison.Ordinal) + '"' : null;

        /// <summary>Printable ASCII and printable characters of the Basic Multilingual Plane other than line and paragraph separators.</summary>
        private static bool IsSimple(string value)
        {
            foreach (var c in value)
                if (!(c is >= ' ' and <= '~' or (>= '\u00A1' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF'))) return false;
            return true;
        }
    }
}
