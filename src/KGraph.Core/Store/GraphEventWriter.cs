using System.Globalization;
using KGraph.Model;
using YamlDotNet.Core.Events;

namespace KGraph.Store;

/// <summary>
/// The events of a graph file; <see cref="EmitterGraphWriter"/> hands them to YamlDotNet, <see cref="DirectGraphWriter"/> writes them itself.
/// </summary>
internal abstract class GraphEventWriter
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
                case double d:
                    var number = GraphFileWriter.FormatNumber(d);
                    Plain(number.Contains('.', StringComparison.Ordinal) ? number : number + ".0");
                    break;
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
        if (value is "~" or "null" or "Null" or "NULL" or "true" or "false" or "True" or "False" or "TRUE" or "FALSE"
            or "yes" or "no" or "Yes" or "No" or "on" or "off") return true;
        var first = value[0];
        return char.IsAsciiDigit(first) && value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ':' or 'e' or 'E' or '+' or '_')
            || (first is '-' or '+' or '.') && value.Length > 1 && value.Skip(1).All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E');
    }
}
