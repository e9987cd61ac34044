using KGraph.Model;

namespace KGraph.Neo4j.Export;

/// <summary>
/// The free-prop columns of one CSV file, sorted by stored name (<c>prop_</c> prefix applied),
/// and where each prop key's value goes, worked out once per file instead of once per row.
/// </summary>
internal sealed class FreeColumns
{
    private readonly CsvColumns _columns = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly object?[] _values;

    public FreeColumns(IEnumerable<KeyValuePair<string, Scalar>> props, Func<string, string> storedName)
    {
        var seen = new CsvColumns();
        var storedNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in props)
        {
            if (!storedNames.TryGetValue(key, out var stored)) storedNames[key] = stored = storedName(key);
            seen.Add(stored, value);
        }
        foreach (var (name, type) in seen.All.OrderBy(c => c.Name, StringComparer.Ordinal)) _columns.Add(name, type);
        foreach (var (key, stored) in storedNames)
            if (_columns.TryIndex(stored, out var slot)) _slots[key] = slot;
        _values = new object?[_columns.Count];
    }

    public void AddTo(CsvColumns columns)
    {
        foreach (var (name, type) in _columns.All) columns.Add(name, type);
    }

    /// <summary>Writes one row's free props into their columns; columns the row lacks stay empty.</summary>
    public void Write(CsvRowWriter csv, IReadOnlyDictionary<string, Scalar> props)
    {
        if (props.Count == 0)
        {
            csv.Missing(_values.Length);
            return;
        }
        Array.Clear(_values);
        foreach (var (key, value) in props) _values[_slots[key]] = value.Value;
        foreach (var value in _values) csv.Value(value);
    }
}
