using System.Globalization;
using System.Text.Json.Nodes;
using KGraph.Yaml;

namespace KGraph.Tests;

/// <summary>What an editor's YAML language server hands its JSON Schema validator (YAML 1.2 core schema typing).</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence seq => new JsonArray(seq.Items.Select(Convert).ToArray()),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalar { IsPlain: true } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
            out var l) => JsonValue.Create(l),
        YamlScalar { IsPlain: true } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && char.IsAsciiDigit(s.Value[^1]) => JsonValue.Create(d),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
