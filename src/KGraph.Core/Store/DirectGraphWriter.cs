using System.Text;

namespace KGraph.Store;

/// <summary>
/// Writes the layout YamlDotNet's emitter gives these events with <see cref="GraphFileWriter"/>'s settings (block
/// sequences indented under their key, flow collections on one line, no line wrapping), choosing each
/// scalar's style as the emitter's analysis does for scalars of printable characters on one line.
/// Any other scalar or shape gives up (<see cref="Result"/> is then null) and the file goes through the emitter.
/// <para>
/// Still needed (issue 16): `kgraph build` writes the whole resolved graph, and writing 100k entities / 500k
/// relationships (130 M characters, in files of 1,000 items) takes 2.6–2.7 s of CPU and allocates 888 MiB here, against
/// 7.1–7.2 s and 2,389 MiB through the emitter (two runs each, load average 28–41 on 2 shared cores).
/// Tests hold it to the emitter's text on every sample file, the whole sample graph and thousands of hostile values.
/// </para>
/// </summary>
internal sealed class DirectGraphWriter : GraphEventWriter
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
            if (!(c is >= ' ' and <= '~'
                or (>= '\u00A1' and <= '\uD7FF' and not '\u2028' and not '\u2029')
                or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF'))) return false;
        return true;
    }
}
