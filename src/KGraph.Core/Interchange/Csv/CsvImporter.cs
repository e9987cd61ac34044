using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Interchange.Csv;

/// <summary>
/// Reads an entities table and an optional relationships table into a <see cref="GraphImport"/>,
/// finding each field's column by its header (<see cref="CsvColumns"/>). Files are read as YAML files
/// are: regular files only, at most <see cref="ReadLimits.Default"/>, UTF-8 checked with its position.
/// </summary>
public static class CsvImporter
{
    public static void ReadEntities(string path, GraphImport import, DiagnosticBag diagnostics)
    {
        if (Table(path, CsvColumns.Entity, ["name", "type"], diagnostics) is not var (table, columns)) return;
        foreach (var row in table.Rows)
        {
            var cell = Cells(path, row, columns);
            import.AddEntity(new EntityRow(cell.PositionOf, cell["id"], cell["name"], cell["type"],
                cell["aliases"]?.Split(CsvColumns.ListSeparators) ?? [], cell["kind"], cell["wikidata"]));
        }
    }

    public static void ReadRelationships(string path, GraphImport import, DiagnosticBag diagnostics)
    {
        if (Table(path, CsvColumns.Relationship, ["from", "to", "type"], diagnostics) is not var (table, columns)) return;
        foreach (var row in table.Rows)
        {
            var cell = Cells(path, row, columns);
            import.AddRelationship(new RelationshipRow(cell.PositionOf, cell["from"], cell["to"], cell["type"],
                cell["start"], cell["end"], cell["role"], cell["quote"], cell["url"]));
        }
    }

    private static (CsvTable, Dictionary<string, int>)? Table(string path, IReadOnlyDictionary<string, string[]> fields, string[] required,
        DiagnosticBag diagnostics)
    {
        if (TextFileReader.Read(path, ReadLimits.Default, diagnostics) is not { } text) return null;
        if (CsvTable.Parse(path, text, diagnostics) is not { } table) return null;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unused = new List<string>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            var header = CsvColumns.Squeeze(table.Header[i]);
            var field = fields.FirstOrDefault(f => f.Value.Any(name => CsvColumns.Squeeze(name) == header)).Key;
            if (field is null || !columns.TryAdd(field, i)) unused.Add(table.Header[i]);
        }
        var missing = required.Where(f => !columns.ContainsKey(f)).ToList();
        foreach (var field in missing)
            diagnostics.Error(SourcePosition.StartOf(path), $"no column for '{field}': name one of {string.Join(", ", fields[field])} in the first row");
        if (unused.Count > 0)
            diagnostics.Warning(SourcePosition.StartOf(path),
                $"columns not imported: {string.Join(", ", unused)} (known: {string.Join(", ", fields.Values.SelectMany(n => n))})");
        return missing.Count > 0 ? null : (table, columns);
    }

    private static RowCells Cells(string path, CsvRow row, Dictionary<string, int> columns) => new(path, row, columns);

    /// <summary>One row's cells by field name, and where each stands.</summary>
    private sealed class RowCells(string path, CsvRow row, Dictionary<string, int> columns)
    {
        public string? this[string field] =>
            columns.TryGetValue(field, out var i) && i < row.Cells.Count && row.Cells[i].Trim().Length > 0 ? row.Cells[i] : null;

        public SourcePosition PositionOf(string field) =>
            columns.TryGetValue(field, out var i) && i < row.Cells.Count
                ? new SourcePosition(path, row.CellLines[i], row.CellColumns[i])
                : new SourcePosition(path, row.Line, 1);
    }
}
