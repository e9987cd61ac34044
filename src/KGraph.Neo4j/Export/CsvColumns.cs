using KGraph.Model;

namespace KGraph.Neo4j.Export;

/// <summary>
/// The property columns of one CSV file, in order, with the type each column's values share.
/// Free props seen with several types fall back: long and double to double, anything else to string.
/// </summary>
internal sealed class CsvColumns
{
    private readonly List<(string Name, CsvColumnType Type)> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _columns.Count;

    public IReadOnlyList<(string Name, CsvColumnType Type)> All => _columns;

    public bool TryIndex(string name, out int index) => _index.TryGetValue(name, out index);

    public void Add(string name, CsvColumnType type)
    {
        if (name.Contains(':', StringComparison.Ordinal))
            throw new InvalidDataException($"property name '{name}' contains ':', which neo4j-admin import reads as a type separator");
        if (_index.TryGetValue(name, out var i))
        {
            _columns[i] = (name, Merge(_columns[i].Type, type));
            return;
        }
        _index[name] = _columns.Count;
        _columns.Add((name, type));
    }

    public void Add(string name, Scalar value) => Add(name, value.Value switch
    {
        long => CsvColumnType.Long,
        double => CsvColumnType.Double,
        bool => CsvColumnType.Boolean,
        _ => CsvColumnType.String,
    });

    public static string Header(string name, CsvColumnType type) => type switch
    {
        CsvColumnType.Long => name + ":long",
        CsvColumnType.Double => name + ":double",
        CsvColumnType.Boolean => name + ":boolean",
        CsvColumnType.StringArray => name + ":string[]",
        _ => name,
    };

    private static CsvColumnType Merge(CsvColumnType a, CsvColumnType b) =>
        a == b ? a
        : (a, b) is (CsvColumnType.Long, CsvColumnType.Double) or (CsvColumnType.Double, CsvColumnType.Long) ? CsvColumnType.Double
        : CsvColumnType.String;
}
