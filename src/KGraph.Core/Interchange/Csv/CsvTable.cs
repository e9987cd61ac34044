using System.Text;
using KGraph.Diagnostics;

namespace KGraph.Interchange.Csv;

/// <summary>One CSV record: its cells and where each starts (line and column, 1-based).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells, IReadOnlyList<int> CellLines, IReadOnlyList<int> CellColumns);

/// <summary>
/// A comma-separated table as RFC 4180 writes it: a header row, then records; a quoted cell may hold
/// commas, doubled quotes and line breaks. Problems (an unclosed quote, a stray quote, a record with more
/// cells than the header) are reported with their line and column; such a record is dropped.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The table in <paramref name="text"/>, or null when it has no header row.</summary>
    public static CsvTable? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var records = new List<CsvRow>();
        var reader = new Reader(file, text, diagnostics);
        while (reader.Next() is var (row, valid) && row is not null)
            if (valid && !(row.Cells.Count == 1 && row.Cells[0].Length == 0)) records.Add(row);
        if (records.Count == 0)
        {
            diagnostics.Error(SourcePosition.StartOf(file), "empty CSV file: the first row must name the columns");
            return null;
        }
        var header = records[0];
        var rows = new List<CsvRow>();
        foreach (var row in records.Skip(1))
        {
            if (row.Cells.Count > header.Cells.Count)
            {
                diagnostics.Error(new SourcePosition(file, row.CellLines[header.Cells.Count], row.CellColumns[header.Cells.Count]),
                    $"row has {row.Cells.Count} cells but the header names {header.Cells.Count} columns");
                continue;
            }
            rows.Add(row);
        }
        return new CsvTable([.. header.Cells.Select(c => c.Trim())], rows);
    }

    /// <summary>Reads records one at a time, counting lines and columns as it goes.</summary>
    private sealed class Reader(string file, string text, DiagnosticBag diagnostics)
    {
        private int _at;
        private int _line = 1;
        private int _lineStart;

        /// <summary>The next record and whether it was read without a problem; a null row at the end.</summary>
        public (CsvRow? Row, bool Valid) Next()
        {
            if (_at >= text.Length) return (null, false);
            var recordLine = _line;
            var cells = new List<string>();
            var lines = new List<int>();
            var columns = new List<int>();
            var cell = new StringBuilder();
            var valid = true;
            while (true)
            {
                lines.Add(_line);
                columns.Add(_at - _lineStart + 1);
                cell.Clear();
                if (_at < text.Length && text[_at] == '"') valid &= Quoted(cell);
                else valid &= Plain(cell);
                cells.Add(cell.ToString());
                if (_at < text.Length && text[_at] == ',')
                {
                    _at++;
                    continue;
                }
                EndOfLine();
                return (new CsvRow(recordLine, cells, lines, columns), valid);
            }
        }

        private bool Plain(StringBuilder cell)
        {
            var valid = true;
            while (_at < text.Length && text[_at] is not (',' or '\n' or '\r'))
            {
                if (text[_at] == '"' && valid)
                {
                    diagnostics.Error(Here(), "a quote inside an unquoted cell; quote the whole cell and double the quote (\"\")");
                    valid = false;
                }
                cell.Append(text[_at++]);
            }
            return valid;
        }

        private bool Quoted(StringBuilder cell)
        {
            var opening = Here();
            _at++;
            while (_at < text.Length)
            {
                var c = text[_at++];
                if (c == '"')
                {
                    if (_at < text.Length && text[_at] == '"')
                    {
                        cell.Append('"');
                        _at++;
                        continue;
                    }
                    if (_at < text.Length && text[_at] is not (',' or '\n' or '\r'))
                    {
                        diagnostics.Error(Here(), "text after a quoted cell's closing quote; double a quote inside a cell (\"\")");
                        while (_at < text.Length && text[_at] is not (',' or '\n' or '\r')) _at++;
                        return false;
                    }
                    return true;
                }
                if (c == '\r' && _at < text.Length && text[_at] == '\n') continue;
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _at;
                }
                cell.Append(c);
            }
            diagnostics.Error(opening, "quoted cell is never closed");
            return false;
        }

        private void EndOfLine()
        {
            if (_at < text.Length && text[_at] == '\r') _at++;
            if (_at < text.Length && text[_at] == '\n') _at++;
            _line++;
            _lineStart = _at;
        }

        private SourcePosition Here() => new(file, _line, _at - _lineStart + 1);
    }
}
