using System.Collections;
using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>Writes parameter values (scalars, <see cref="PropertyMap"/>s and lists) as plain JSON.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            // Rows are maps of maps: the sealed type is tested before the interface casts below, which cost more.
            case PropertyMap map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }
                json.WriteEndObject();
                break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case int i: json.WriteNumberValue(i); break;
            case double d:
                if (!double.IsFinite(d)) throw new ArgumentException($"Neo4j parameters cannot hold the number {d}");
                json.WriteNumberValue(d);
                break;
            case IReadOnlyList<string> strings:
                json.WriteStartArray();
                for (var i = 0; i < strings.Count; i++) json.WriteStringValue(strings[i]);
                json.WriteEndArray();
                break;
            case IReadOnlyList<PropertyMap> maps:
                json.WriteStartArray();
                for (var i = 0; i < maps.Count; i++) Write(json, maps[i]);
                json.WriteEndArray();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items) Write(json, item);
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot send a {value.GetType().Name} as a Neo4j parameter");
        }
    }
}
