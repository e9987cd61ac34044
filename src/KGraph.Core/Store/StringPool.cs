using System.Collections.Concurrent;

namespace KGraph.Store;

/// <summary>
/// One instance of each repeated value a reader meets (entity ids, types, document ids, rule names), so that the
/// 500,000 relationships of a large graph share their <c>from</c>, <c>to</c>, <c>type</c> and evidence strings with
/// each other and with the entities instead of each holding its own copies. Safe to use from parallel reads.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public int Count => _values.Count;

    public string Share(string value) => _values.GetOrAdd(value, value);

    public string? ShareOrNull(string? value) => value is null ? null : Share(value);
}
