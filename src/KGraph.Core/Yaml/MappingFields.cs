using System.Globalization;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Text;

namespace KGraph.Yaml;

/// <summary>
/// Typed, checked access to one YAML mapping: unknown keys, missing keys and wrong types are
/// reported to the bag with their position, and the caller gets null instead of an exception,
/// so one run reports every problem.
/// </summary>
public sealed class MappingFields
{
    private readonly YamlMapping _map;
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;

    public MappingFields(YamlMapping map, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics)
    {
        _map = map;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var (key, _) in map.Entries)
        {
            if (allowedKeys.Contains(key.Value)) continue;
            var hint = ClosestName.Among(key.Value, allowedKeys);
            diagnostics.Error(key.At, hint is null
                ? $"unknown key '{key.Value}' in {what} (allowed: {string.Join(", ", allowedKeys)})"
                : $"unknown key '{key.Value}' in {what}; did you mean '{hint}'?");
        }
    }

    public SourcePosition At => _map.At;

    public bool Has(string key) => _map[key] is { } node && !(node is YamlScalar s && s.IsNull);

    public SourcePosition PositionOf(string key) => _map[key]?.At ?? _map.At;

    public YamlNode? Node(string key) => _map[key] is { } node && !(node is YamlScalar s && s.IsNull) ? node : null;

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalar scalar) return Shown(key, scalar);
        WrongType(key, node, "text");
        return null;
    }

    public double? Number(string key, double min = double.MinValue, double max = double.MaxValue)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            if (value >= min && value <= max) return value;
            _diagnostics.Error(node.At,
                $"'{key}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {s.Value}");
            return null;
        }
        WrongType(key, node, "a number");
        return null;
    }

    public int? WholeNumber(string key, int min = 0)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlScalar s && s.IsPlain && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min)
            return value;
        WrongType(key, node, $"a whole number ≥ {min}");
        return null;
    }

    public bool? Boolean(string key)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlScalar { IsPlain: true } s && s.Value is "true" or "false") return s.Value == "true";
        WrongType(key, node, "true or false");
        return null;
    }

    public PartialDate? Date(string key)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlScalar s)
        {
            var date = DocumentRules.ParseDate(key, s.Value, out var problem);
            if (problem is not null) _diagnostics.Error(node.At, problem);
            return date;
        }
        WrongType(key, node, "a date");
        return null;
    }

    public YamlSequence? List(string key)
    {
        if (Node(key) is not { } node) return null;
        if (node is YamlSequence seq) return seq;
        WrongType(key, node, "a list");
        return null;
    }

    public YamlMapping? Mapping(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlMapping map) return map;
        WrongType(key, node, "a mapping");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        if (List(key) is not { } seq) return [];
        var result = new List<string>(seq.Items.Count);
        foreach (var item in seq.Items)
        {
            if (item is YamlScalar { IsNull: false } s) result.Add(Shown(key, s));
            else _diagnostics.Error(item.At, $"items of '{key}' must be text, not {item.KindName}");
        }
        return result;
    }

    public IReadOnlyDictionary<string, string> StringMap(string key, KeyRule keys)
    {
        // Most items have no such map: they share one empty map instead of each holding its own.
        if (Mapping(key) is not { } map) return Empty.Strings;
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Entries)
        {
            if (!AllowedKey(key, k, keys)) continue;
            if (v is YamlScalar { IsNull: false } s) result[k.Value] = Shown($"{key}.{k.Value}", s);
            else _diagnostics.Error(v.At, $"'{key}.{k.Value}' must be text, not {v.KindName}");
        }
        return result;
    }

    public IReadOnlyDictionary<string, Scalar> ScalarMap(string key, KeyRule keys)
    {
        if (Mapping(key) is not { } map) return Empty.Scalars;
        var result = new SortedDictionary<string, Scalar>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Entries)
        {
            if (!AllowedKey(key, k, keys)) continue;
            if (v is YamlScalar { IsNull: false } s)
            {
                Shown($"{key}.{k.Value}", s);
                result[k.Value] = ScalarValue(s);
            }
            else if (v is not YamlScalar) _diagnostics.Error(v.At, $"'{key}.{k.Value}' must be a single value (text, number or true/false), not {v.KindName}");
        }
        return result;
    }

    /// <summary>The scalar's text, after reporting a bidi control in it (<see cref="BidiControls"/>): it would show as other text.</summary>
    private string Shown(string key, YamlScalar scalar)
    {
        if (BidiControls.Problem(key, scalar.Value) is { } problem) _diagnostics.Error(scalar.At, problem);
        return scalar.Value;
    }

    private bool AllowedKey(string map, YamlScalar key, KeyRule rule)
    {
        if (rule.Allows(key.Value)) return true;
        _diagnostics.Error(key.At, $"'{map}' key '{key.Value}' is not allowed; use {rule.Description}");
        return false;
    }

    /// <summary>Plain scalars that look like numbers or booleans are typed; quoted ones stay text.</summary>
    public static Scalar ScalarValue(YamlScalar s)
    {
        if (!s.IsPlain) return s.Value;
        if (s.Value is "true" or "false") return s.Value == "true";
        if (long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (LooksLikeDecimal(s.Value) && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return d;
        return s.Value;
    }

    private static bool LooksLikeDecimal(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && text.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '-' or '+');

    public void Missing(string key) => _diagnostics.Error(_map.At, $"{_what} is missing '{key}'");

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error(node.At, $"'{key}' must be {expected}, not {Describe(node)}");

    private static string Describe(YamlNode node) => node is YamlScalar s ? $"'{s.Value}'" : node.KindName;
}
