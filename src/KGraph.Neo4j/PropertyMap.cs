using System.Collections;

namespace KGraph.Neo4j;

/// <summary>
/// An ordered map of property names to values (string, long, double, bool, string lists or
/// nested maps) — the one row shape that is sent as JSON parameters, written as Cypher
/// literals and flattened into CSV columns, so every output carries the same properties.
/// Null values are dropped: Neo4j does not store nulls.
/// </summary>
public sealed class PropertyMap : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _entries = [];

    public int Count => _entries.Count;

    public object? this[string key] => _entries.FirstOrDefault(e => e.Key == key).Value;

    public bool ContainsKey(string key) => _entries.Exists(e => e.Key == key);

    /// <summary>Adds a value unless it is null or an empty list; a repeated key replaces the earlier value.</summary>
    public PropertyMap Add(string key, object? value)
    {
        if (key.Length == 0) throw new ArgumentException("a property name cannot be empty", nameof(key));
        if (value is null || value is IReadOnlyCollection<string> { Count: 0 }) return this;
        var index = _entries.FindIndex(e => e.Key == key);
        if (index >= 0) _entries[index] = new(key, value);
        else _entries.Add(new(key, value));
        return this;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
