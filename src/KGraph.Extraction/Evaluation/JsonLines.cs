using System.Text.Json;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Reads a JSON-lines gold file one record at a time (blank lines skipped). A malformed line or
/// a record missing a field is reported with its line number instead of escaping as a crash.
/// </summary>
internal static class JsonLines
{
    public static List<T> Read<T>(string path, Func<JsonElement, int, T> read)
    {
        var items = new List<T>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var json = JsonDocument.Parse(text);
                items.Add(read(json.RootElement, line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
            {
                throw new InvalidDataException($"line {line}: {e.Message}", e);
            }
        }
        return items;
    }
}
