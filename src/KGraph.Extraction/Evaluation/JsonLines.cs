using System.Text.Json;
using KGraph.Store;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Reads a JSON-lines gold file one record at a time (blank lines skipped). A malformed line or
/// a record missing a field is reported with its line number instead of escaping as a crash.
/// </summary>
internal static class JsonLines
{
    /// <summary>Exceptions a record missing a field or holding the wrong kind of value raises while being read.</summary>
    public static bool IsBadRecord(Exception e) =>
        e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or ArgumentOutOfRangeException
            or InvalidDataException;

    /// <summary>A record's field, or an error that names the missing field (GetProperty's message does not).</summary>
    public static JsonElement Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"missing field \"{name}\"");

    public static List<T> Read<T>(string path, Func<JsonElement, int, T> read)
    {
        var items = new List<T>();
        var line = 0;
        foreach (var text in BoundedFile.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var json = JsonDocument.Parse(text);
                items.Add(read(json.RootElement, line));
            }
            catch (Exception e) when (IsBadRecord(e))
            {
                throw new InvalidDataException($"line {line}: {e.Message}", e);
            }
        }
        return items;
    }
}

/// <summary>
/// Reads a gold file holding one JSON array of records (CoNLL04, Re-DocRED). A record missing a field
/// is reported by its 1-based position in the array instead of escaping as a crash.
/// </summary>
internal static class JsonRecords
{
    public static List<T> Read<T>(string path, Func<JsonElement, int, T> read)
    {
        using var json = JsonDocument.Parse(BoundedFile.ReadAllTextUnbounded(path));
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException("expected a JSON array of records");
        var items = new List<T>();
        var record = 0;
        foreach (var element in json.RootElement.EnumerateArray())
        {
            record++;
            try
            {
                items.Add(read(element, record));
            }
            catch (Exception e) when (JsonLines.IsBadRecord(e))
            {
                throw new InvalidDataException($"record {record}: {e.Message}", e);
            }
        }
        return items;
    }
}
