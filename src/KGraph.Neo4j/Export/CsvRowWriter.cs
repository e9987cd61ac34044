using System.Buffers;
using System.Globalization;
using KGraph.Model;

namespace KGraph.Neo4j.Export;

/// <summary>
/// Writes CSV the way neo4j-admin import reads it: fields quoted with '"' (doubled inside)
/// when they hold a comma, quote, line break or nothing; an empty unquoted field means "no
/// property"; array items joined with <see cref="Neo4jImportCsvWriter.ArrayDelimiter"/>.
/// Fields go straight from the model into one reusable character buffer, handed to the
/// output in large blocks: no per-row maps, lists or strings, so a million rows cost no more
/// memory than ten.
/// </summary>
internal sealed class CsvRowWriter(TextWriter output)
{
    private const int FlushAt = 1 << 15;
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private char[] _buffer = new char[FlushAt * 2];
    private int _length;
    private bool _rowStarted;

    public void WriteHeader(IEnumerable<string> leadingHeaders, CsvColumns columns)
    {
        foreach (var header in leadingHeaders.Concat(columns.All.Select(c => CsvColumns.Header(c.Name, c.Type)))) Field(header);
        EndRow();
    }

    /// <summary>A text field; null is a missing property (an empty unquoted field).</summary>
    public void Field(string? text)
    {
        Separator();
        if (text is not null) Text(text, Quoted(text));
    }

    public void Missing(int count = 1)
    {
        for (var i = 0; i < count; i++) Separator();
    }

    public void Long(long value)
    {
        Separator();
        Format(value, default);
    }

    public void Double(double value)
    {
        Separator();
        Format(value, "R");
    }

    public void Boolean(bool value)
    {
        Separator();
        Append(value ? "true" : "false");
    }

    /// <summary>A date as <see cref="PartialDate.ToString"/> writes it (2024, 2024-03, 2024-03-18), without the string.</summary>
    public void Date(PartialDate? date)
    {
        Separator();
        if (date is not { } d) return;
        Format(d.Year, "D4");
        if (d.Month is not { } month) return;
        Append("-");
        Format(month, "D2");
        if (d.Day is not { } day) return;
        Append("-");
        Format(day, "D2");
    }

    /// <summary>
    /// An array column: the non-null results of <paramref name="itemAt"/> joined with the
    /// delimiter; no items is a missing property. An item holding the delimiter is refused,
    /// naming <paramref name="owner"/> and <paramref name="column"/>.
    /// </summary>
    public void Array<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, int, string?> itemAt, (string Kind, string Id) owner, string column)
    {
        Separator();
        int count = 0, only = -1;
        var quoted = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (itemAt(items, i) is not { } text) continue;
            if (text.Contains(Neo4jImportCsvWriter.ArrayDelimiter, StringComparison.Ordinal))
                throw new InvalidDataException($"{owner.Kind} '{owner.Id}': a value of '{column}' contains U+001F, the array delimiter of the import files");
            quoted |= text.AsSpan().IndexOfAny(NeedsQuotes) >= 0;
            count++;
            only = i;
        }
        if (count == 0) return;
        if (count == 1)
        {
            var text = itemAt(items, only)!;
            Text(text, Quoted(text));
            return;
        }
        if (quoted) Append("\"");
        var first = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (itemAt(items, i) is not { } text) continue;
            if (!first) Append(Neo4jImportCsvWriter.ArrayDelimiter);
            first = false;
            Escaped(text, quoted);
        }
        if (quoted) Append("\"");
    }

    /// <summary>A value of a free prop column: written as its own type, like the loader sends it.</summary>
    public void Value(object? value)
    {
        switch (value)
        {
            case null: Separator(); break;
            case string s: Field(s); break;
            case bool b: Boolean(b); break;
            case long l: Long(l); break;
            case double d: Double(d); break;
            default: Field(value.ToString() ?? ""); break;
        }
    }

    public void EndRow()
    {
        Append("\n");
        _rowStarted = false;
        if (_length >= FlushAt) Flush();
    }

    /// <summary>Hands everything buffered to the output; call once the last row is written.</summary>
    public void Flush()
    {
        output.Write(_buffer, 0, _length);
        _length = 0;
    }

    private static bool Quoted(string text) => text.Length == 0 || text.AsSpan().IndexOfAny(NeedsQuotes) >= 0;

    private void Separator()
    {
        if (_rowStarted) Append(",");
        _rowStarted = true;
    }

    private void Text(string text, bool quoted)
    {
        if (quoted) Append("\"");
        Escaped(text, quoted);
        if (quoted) Append("\"");
    }

    private void Escaped(string text, bool quoted)
    {
        var rest = text.AsSpan();
        if (quoted)
            for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
            {
                Append(rest[..(quote + 1)]);
                Append("\"");
                rest = rest[(quote + 1)..];
            }
        Append(rest);
    }

    private void Format<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        Reserve(32);
        if (!value.TryFormat(_buffer.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"could not format {value}");
        _length += written;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length) return;
        Flush();
        if (count > _buffer.Length) _buffer = new char[count];
    }
}
