using KGraph.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KGraph.Yaml;

/// <summary>
/// Turns YAML text into <see cref="YamlNode"/>s, refusing what a hand-edited data file has no
/// business containing: anchors and aliases (which make "billion laughs" bombs possible),
/// tags, duplicate keys, non-scalar keys and more than one document.
/// </summary>
public static class StrictYamlParser
{
    public static YamlNode? Parse(string path, string text, DiagnosticBag diagnostics) =>
        FastYamlParser.TryParse(path, text) ?? ParseWithYamlDotNet(path, text, diagnostics);

    /// <summary>The full YAML parser: handles everything, and reports every refusal and syntax error.</summary>
    internal static YamlNode? ParseWithYamlDotNet(string path, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(path, parser, diagnostics, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(At(path, parser.Current!.Start), "more than one YAML document in the file; put everything in one");
                return null;
            }
            return root;
        }
        catch (RefusedYamlException e)
        {
            diagnostics.Error(e.At, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(TabIndentation(path, text, (int)e.Start.Line, e) ?? At(path, e.Start), "YAML syntax error: " + CleanMessage(e));
            return null;
        }
    }

    private static YamlNode ReadNode(string path, IParser parser, DiagnosticBag diagnostics, int depth)
    {
        var current = parser.Current!;
        if (current is SequenceStart or MappingStart && depth == ReadLimits.MaxNestingDepth)
            throw new RefusedYamlException(At(path, current.Start),
                $"YAML collections nested more than {ReadLimits.MaxNestingDepth} levels deep; KGraph files need six");
        if (current is AnchorAlias alias)
            throw new RefusedYamlException(At(path, alias.Start), $"YAML aliases are not allowed (found '*{alias.Value}'); write the value out");
        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
                throw new RefusedYamlException(At(path, node.Start), $"YAML anchors are not allowed (found '&{node.Anchor}'); write the value out");
            if (!node.Tag.IsEmpty && !IsStandardTag(node.Tag.Value))
                throw new RefusedYamlException(At(path, node.Start), $"YAML tags are not allowed (found '{node.Tag.Value}')");
        }
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(At(path, scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart seq:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                        items.Add(ReadNode(path, parser, diagnostics, depth + 1));
                    return new YamlSequence(At(path, seq.Start), items);
                }
            case MappingStart map:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(path, parser, diagnostics, depth + 1);
                        var value = ReadNode(path, parser, diagnostics, depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            diagnostics.Error(keyNode.At, $"mapping keys must be plain text, not {keyNode.KindName}");
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            diagnostics.Error(key.At, $"duplicate key '{key.Value}' (first at line {first.Line})");
                            continue;
                        }
                        seen[key.Value] = key.At;
                        entries.Add(new(key, value));
                    }
                    return new YamlMapping(At(path, map.Start), entries);
                }
            default:
                throw new RefusedYamlException(At(path, current.Start), $"unexpected YAML event {current.GetType().Name}");
        }
    }

    private static bool IsStandardTag(string tag) =>
        tag is "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float"
            or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:seq"
            or "tag:yaml.org,2002:map" or "!";

    private static SourcePosition At(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    /// <summary>
    /// Where the offending tab is, for YamlDotNet's tab errors: it reports "invalid tab as
    /// indentation" at the start of the enclosing mapping (often 1:1), not at the tab. The tab is
    /// the first one in a line's indentation at or after the reported line.
    /// </summary>
    private static SourcePosition? TabIndentation(string path, string text, int fromLine, YamlException e)
    {
        if (!e.Message.Contains(" tab ", StringComparison.Ordinal)) return null;
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (line >= fromLine)
            {
                var indent = start;
                while (indent < end && text[indent] is ' ' or '\t') indent++;
                var tab = text.IndexOf('\t', start, indent - start);
                if (tab >= 0) return new SourcePosition(path, line, tab - start + 1);
            }
            start = end + 1;
        }
        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): ", which we print ourselves.
    private static string CleanMessage(YamlException e)
    {
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    private sealed class RefusedYamlException(SourcePosition at, string message) : Exception(message)
    {
        public SourcePosition At { get; } = at;
    }
}
