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
    private readonly List<KeyValuePair<string, object?>> _entries;

    public PropertyMap() : this(4) { }

    /// <summary>A map sized for <paramref name="capacity"/> entries, so filling it does not regrow the list.</summary>
    public PropertyMap(int capacity) => _entries = new(capacity);

    public int Count => _entries.Count;

    public object? this[string key] => IndexOf(key) is var i and >= 0 ? _entries[i].Value : null;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Adds a value unless it is null or an empty list; a repeated key replaces the earlier value.</summary>
    public PropertyMap Add(string key, object? value)
    {
        if (key.Length == 0) throw new ArgumentException("a property name cannot be empty", nameof(key));
        if (value is null || value is IReadOnlyCollection<string> { Count: 0 }) return this;
        var index = IndexOf(key);
        if (index >= 0) _entries[index] = new(key, value);
        else _entries.Add(new(key, value));
        return this;
    }

    /// <summary>A struct enumerator: rows are enumerated millions of times when loading or exporting.</summary>
    public List<KeyValuePair<string, object?>>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Maps hold a dozen entries: a linear scan beats hashing.
    private int IndexOf(string key)
    {
        for (var i = 0; i < _entries.Count; i++)
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
