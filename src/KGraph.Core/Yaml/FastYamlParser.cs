using System.Globalization;
using System.Text;
using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>
/// A fast path for the YAML that KGraph files are made of: block mappings and sequences,
/// single-line flow collections, and single-line plain or quoted scalars. It builds exactly
/// the tree <see cref="StrictYamlParser"/> builds through YamlDotNet (same values, same
/// positions) several times faster, and gives up — returning null — on anything outside that
/// subset or anything wrong, so the full parser decides and reports. Tests hold the two to
/// the same output on every YAML file in the repository and name the three that are declined, and why.
/// <para>
/// Still needed (issue 16): on the 600 files (144 MiB) of 100k entities / 500k relationships it parses in
/// 7.0–7.8 s of CPU and allocates 2,359 MiB; YamlDotNet needs 29.3–30.0 s of CPU and 6,960 MiB for the same
/// trees (one thread, two runs each, load average 7–25 on 2 shared cores).
/// </para>
/// </summary>
internal sealed class FastYamlParser
{
    private readonly string _path;
    private readonly string _text;
    private readonly List<(int Start, int End, int Indent)> _lines = [];
    private int _line;   // index into _lines
    private int _pos;    // absolute offset within the current line
    private int _depth;  // collections open around the current position

    private FastYamlParser(string path, string text)
    {
        _path = path;
        _text = text;
    }

    public static YamlNode? TryParse(string path, string text) => TryParse(path, text, out _);

    /// <param name="declined">Why the fast path stepped aside, with the line: for tests and benchmarks that count declines.</param>
    public static YamlNode? TryParse(string path, string text, out string? declined)
    {
        var parser = new FastYamlParser(path, text);
        try
        {
            declined = parser.SplitLines();
            if (declined is not null) return null;
            declined = "no content";
            if (parser._lines.Count == 0) return null;
            parser._pos = parser._lines[0].Start + parser._lines[0].Indent;
            declined = "line 1: the first line is indented";
            if (parser._lines[0].Indent != 0) return null;
            var root = parser.Block(0);
            declined = parser._line == parser._lines.Count ? null : $"line {parser.LineNumber(parser.Current.Start)}: text after the top-level node";
            return declined is null ? root : null;
        }
        catch (GiveUp e)
        {
            declined = $"line {parser.LineNumber(parser._lines[Math.Min(parser._line, parser._lines.Count - 1)].Start)}: {e.Message}";
            return null;
        }
    }

    /// <returns>Null, or why the file is left to the full parser.</returns>
    private string? SplitLines()
    {
        var start = 0;
        var line = 1;
        for (var i = 0; i <= _text.Length; i++)
        {
            if (i < _text.Length)
            {
                var c = _text[i];
                // Tabs, carriage returns, surrogates and control characters count differently in
                // YamlDotNet's positions or need its rules: leave such files to it.
                if (c == '\n') { }
                else if (c is '\t' or '\r' || char.IsSurrogate(c) || c < ' ' || c == '\uFEFF')
                    return $"line {line}: a tab, carriage return, control character, byte order mark or character outside the BMP";
                else continue;
            }
            var indent = 0;
            while (start + indent < i && _text[start + indent] == ' ') indent++;
            var first = start + indent;
            if (first < i && _text[first] != '#') _lines.Add((start, i, indent));
            // Directives and document markers ("%YAML", "---", "...") are the full parser's business.
            if (indent == 0 && first < i
                && (_text[first] == '%' || _text.AsSpan(first, i - first).StartsWith("---") || _text.AsSpan(first, i - first).StartsWith("...")))
                return $"line {line}: a directive or document marker";
            start = i + 1;
            line++;
        }
        return null;
    }

    private (int Start, int End, int Indent) Current => _lines[_line];

    private SourcePosition At(int offset)
    {
        var (start, _, _) = Current;
        return new SourcePosition(_path, LineNumber(start), offset - start + 1);
    }

    private int LineNumber(int lineStart)
    {
        // Line numbers are counted once per content line, lazily, from the previous one.
        if (_numberedUpTo <= lineStart)
        {
            for (var i = _numberedUpTo; i < lineStart; i++)
                if (_text[i] == '\n') _lineCount++;
            _numberedUpTo = lineStart;
        }
        return _lineCount + 1;
    }

    private int _numberedUpTo;
    private int _lineCount;

    private bool AtDash(int offset) => _text[offset] == '-' && (offset + 1 == Current.End || _text[offset + 1] == ' ');

    /// <summary>A block node starting at the current position, whose lines are indented by <paramref name="indent"/>.</summary>
    private YamlNode Block(int indent) => AtDash(_pos) ? Sequence(indent) : Mapping(_pos - Current.Start);

    private YamlSequence Sequence(int indent)
    {
        Enter();
        var at = At(_pos);
        var items = new List<YamlNode>();
        while (true)
        {
            var dash = _pos;
            var content = dash + 1;
            while (content < Current.End && _text[content] == ' ') content++;
            if (content == Current.End || _text[content] == '#') throw new GiveUp("an empty or commented list item");
            _pos = content;
            items.Add(LooksLikeKey(content) ? Mapping(content - Current.Start) : InlineValueToEndOfLine());
            if (_line == _lines.Count) break;
            var (start, _, lineIndent) = Current;
            if (lineIndent < indent) break;
            if (lineIndent > indent || !AtDash(start + lineIndent)) throw new GiveUp("a list item out of line");
            _pos = start + lineIndent;
        }
        return Leave(new YamlSequence(at, items));
    }

    private YamlMapping Mapping(int column)
    {
        Enter();
        var at = At(_pos);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        HashSet<string>? keys = null;
        while (true)
        {
            var key = Key();
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(key.Value)) throw new GiveUp("a duplicate key");
            SkipSpaces();
            YamlNode value;
            if (_pos < Current.End && _text[_pos] != '#')
            {
                value = InlineValueToEndOfLine();
            }
            else
            {
                NextLine();
                if (_line == _lines.Count) throw new GiveUp("a key with no value at the end of the file");
                var (start, _, lineIndent) = Current;
                _pos = start + lineIndent;
                if (lineIndent > column) value = Block(lineIndent);
                else if (lineIndent == column && AtDash(_pos)) value = Sequence(column);
                else throw new GiveUp("a key with no value");
            }
            entries.Add(new(key, value));
            if (_line == _lines.Count) break;
            var (nextStart, _, nextIndent) = Current;
            if (nextIndent < column) break;
            if (nextIndent > column || AtDash(nextStart + nextIndent)) throw new GiveUp("a mapping entry out of line");
            _pos = nextStart + nextIndent;
        }
        return Leave(new YamlMapping(at, entries));
    }

    // Deeper nesting is refused, with its position, by the full parser.
    private void Enter()
    {
        if (++_depth > ReadLimits.MaxNestingDepth) throw new GiveUp("nesting deeper than the limit");
    }

    private T Leave<T>(T node)
    {
        _depth--;
        return node;
    }

    private bool LooksLikeKey(int offset)
    {
        var end = Current.End;
        var i = offset;
        while (i < end && IsKeyChar(_text[i])) i++;
        return i > offset && i < end && _text[i] == ':' && (i + 1 == end || _text[i + 1] == ' ');
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private YamlScalar Key()
    {
        var start = _pos;
        while (_pos < Current.End && IsKeyChar(_text[_pos])) _pos++;
        if (_pos == start || _pos == Current.End || _text[_pos] != ':' || (_pos + 1 < Current.End && _text[_pos + 1] != ' '))
            throw new GiveUp("a key that is not plain letters, digits, _ - . followed by \": \"");
        var key = new YamlScalar(At(start), _text[start.._pos], IsPlain: true);
        _pos++;
        return key;
    }

    private YamlNode InlineValueToEndOfLine()
    {
        var c = _text[_pos];
        YamlNode value = c switch
        {
            '{' => FlowMapping(),
            '[' => FlowSequence(),
            '"' => DoubleQuoted(),
            '\'' => SingleQuoted(),
            _ => BlockPlain(),
        };
        SkipSpaces();
        if (_pos < Current.End && _text[_pos] != '#') throw new GiveUp("text after a value");
        if (_pos < Current.End && _text[_pos - 1] != ' ') throw new GiveUp("a comment not separated from its value");
        NextLine();
        return value;
    }

    private void NextLine()
    {
        _line++;
        if (_line < _lines.Count) _pos = _lines[_line].Start + _lines[_line].Indent;
    }

    private void SkipSpaces()
    {
        while (_pos < Current.End && _text[_pos] == ' ') _pos++;
    }

    private YamlScalar BlockPlain()
    {
        var start = _pos;
        if (!CanStartPlain(start)) throw new GiveUp("a value that cannot start plain text (block scalar, anchor, alias, tag or indicator)");
        var end = Current.End;
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            if (c == ':' && (i + 1 == end || _text[i + 1] == ' ')) throw new GiveUp("\": \" inside a plain value");
            if (c == '#' && _text[i - 1] == ' ') break;
            i++;
        }
        var stop = i;
        while (stop > start && _text[stop - 1] == ' ') stop--;
        _pos = stop;
        return new YamlScalar(At(start), _text[start..stop], IsPlain: true);
    }

    private bool CanStartPlain(int offset)
    {
        var c = _text[offset];
        if (c is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`') return false;
        return c != '-' || (offset + 1 < Current.End && _text[offset + 1] != ' ');
    }

    private YamlMapping FlowMapping()
    {
        Enter();
        var at = At(_pos);
        _pos++;
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        HashSet<string>? keys = null;
        SkipSpaces();
        if (Peek() == '}')
        {
            _pos++;
            return Leave(new YamlMapping(at, entries));
        }
        while (true)
        {
            var key = FlowPlain(isKey: true);
            if (Peek() != ':') throw new GiveUp("a flow mapping key without \":\"");
            _pos++;
            if (Peek() != ' ') throw new GiveUp("a flow mapping \":\" not followed by a space");
            SkipSpaces();
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(key.Value)) throw new GiveUp("a duplicate key");
            entries.Add(new(key, FlowNode()));
            SkipSpaces();
            var c = Peek();
            _pos++;
            if (c == '}') return Leave(new YamlMapping(at, entries));
            if (c != ',') throw new GiveUp("a flow mapping item not followed by \",\" or \"}\"");
            SkipSpaces();
        }
    }

    private YamlSequence FlowSequence()
    {
        Enter();
        var at = At(_pos);
        _pos++;
        var items = new List<YamlNode>();
        SkipSpaces();
        if (Peek() == ']')
        {
            _pos++;
            return Leave(new YamlSequence(at, items));
        }
        while (true)
        {
            items.Add(FlowNode());
            SkipSpaces();
            var c = Peek();
            _pos++;
            if (c == ']') return Leave(new YamlSequence(at, items));
            if (c != ',') throw new GiveUp("a flow list item not followed by \",\" or \"]\"");
            SkipSpaces();
        }
    }

    private YamlNode FlowNode() => Peek() switch
    {
        '{' => FlowMapping(),
        '[' => FlowSequence(),
        '"' => DoubleQuoted(),
        '\'' => SingleQuoted(),
        _ => FlowPlain(isKey: false),
    };

    private char Peek() => _pos < Current.End ? _text[_pos] : throw new GiveUp("a flow collection not closed on its line");

    private YamlScalar FlowPlain(bool isKey)
    {
        var start = _pos;
        if (start >= Current.End || !CanStartPlain(start)) throw new GiveUp("a flow value that cannot start plain text");
        var i = start;
        while (i < Current.End)
        {
            var c = _text[i];
            if (c is ',' or '[' or ']' or '{' or '}') break;
            if (c == ':') break;
            if (c == '#') throw new GiveUp("\"#\" inside a flow value");
            i++;
        }
        var stop = i;
        while (stop > start && _text[stop - 1] == ' ') stop--;
        if (stop == start) throw new GiveUp("an empty flow value");
        if (i < Current.End && _text[i] == ':' && !isKey) throw new GiveUp("\":\" inside a flow value");
        _pos = stop;
        return new YamlScalar(At(start), _text[start..stop], IsPlain: true);
    }

    private YamlScalar SingleQuoted()
    {
        var start = _pos;
        var builder = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= Current.End) throw new GiveUp("a single-quoted value not closed on its line");
            var c = _text[i];
            if (c == '\'')
            {
                if (i + 1 < Current.End && _text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            builder.Append(c);
            i++;
        }
        _pos = i + 1;
        return new YamlScalar(At(start), builder.ToString(), IsPlain: false);
    }

    private YamlScalar DoubleQuoted()
    {
        var start = _pos;
        var builder = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= Current.End) throw new GiveUp("a double-quoted value not closed on its line");
            var c = _text[i];
            if (c == '"') break;
            if (c == '\\')
            {
                if (i + 1 >= Current.End) throw new GiveUp("a double-quoted value not closed on its line");
                var e = _text[i + 1];
                i += 2;
                switch (e)
                {
                    case '\\': builder.Append('\\'); break;
                    case '"': builder.Append('"'); break;
                    case '/': builder.Append('/'); break;
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case '0': builder.Append('\0'); break;
                    case 'u' when i + 4 <= Current.End
                        && ushort.TryParse(_text.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        && !char.IsSurrogate((char)code):
                        builder.Append((char)code);
                        i += 4;
                        break;
                    default: throw new GiveUp("an escape the writer does not use");
                }
                continue;
            }
            builder.Append(c);
            i++;
        }
        _pos = i + 1;
        return new YamlScalar(At(start), builder.ToString(), IsPlain: false);
    }

    private sealed class GiveUp(string reason) : Exception(reason);
}
