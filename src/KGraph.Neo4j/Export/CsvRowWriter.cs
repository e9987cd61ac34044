using System.Buffers;
using System.Collections;
using System.Globalization;

namespace KGraph.Neo4j.Export;

/// <summary>
/// Writes CSV the way neo4j-admin import reads it: fields quoted with '"' (doubled inside)
/// when they hold a comma, quote, line break or nothing; an empty unquoted field means "no
/// property"; array items joined with <see cref="Neo4jImportCsvWriter.ArrayDelimiter"/>.
/// </summary>
internal sealed class CsvRowWriter(TextWriter output, CsvColumns columns)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly object?[] _values = new object?[columns.Count];

    public void WriteHeader(IEnumerable<string> leadingHeaders)
    {
        var first = true;
        foreach (var header in leadingHeaders.Concat(columns.All.Select(c => CsvColumns.Header(c.Name, c.Type))))
        {
            if (!first) output.Write(',');
            first = false;
            WriteField(header);
        }
        output.Write('\n');
    }

    /// <summary>Writes the leading fields (ids, labels, type) and then each column's value from <paramref name="props"/>.</summary>
    public void WriteRow(ReadOnlySpan<string?> leading, PropertyMap props, string owner)
    {
        Array.Clear(_values);
        foreach (var (key, value) in props)
            if (columns.TryIndex(key, out var index)) _values[index] = value;
        for (var i = 0; i < leading.Length; i++)
        {
            if (i > 0) output.Write(',');
            if (leading[i] is { } field) WriteField(field);
        }
        for (var i = 0; i < _values.Length; i++)
        {
            if (leading.Length > 0 || i > 0) output.Write(',');
            WriteValue(_values[i], owner, columns.All[i].Name);
        }
        output.Write('\n');
    }

    private void WriteValue(object? value, string owner, string column)
    {
        switch (value)
        {
            case null: break;
            case string s: WriteField(s); break;
            case bool b: output.Write(b ? "true" : "false"); break;
            case long l: output.Write(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: output.Write(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case IReadOnlyList<string> items when items.Count == 1:
                CheckArrayItem(items[0], owner, column);
                WriteField(items[0]);
                break;
            case IEnumerable items:
                var joined = new List<string>();
                foreach (var item in items)
                {
                    var text = item?.ToString() ?? "";
                    CheckArrayItem(text, owner, column);
                    joined.Add(text);
                }
                WriteField(string.Join(Neo4jImportCsvWriter.ArrayDelimiter, joined));
                break;
            default: WriteField(value.ToString() ?? ""); break;
        }
    }

    private static void CheckArrayItem(string text, string owner, string column)
    {
        if (text.Contains(Neo4jImportCsvWriter.ArrayDelimiter, StringComparison.Ordinal))
            throw new InvalidDataException($"{owner}: a value of '{column}' contains U+001F, the array delimiter of the import files");
    }

    private void WriteField(string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            output.Write(text);
            return;
        }
        output.Write('"');
        output.Write(text.Contains('"', StringComparison.Ordinal) ? text.Replace("\"", "\"\"", StringComparison.Ordinal) : text);
        output.Write('"');
    }
}
