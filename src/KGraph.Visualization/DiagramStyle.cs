using System.Globalization;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Visualization;

/// <summary>Colours, shapes and label text shared by every format, so the SVG, HTML and Gephi views agree.</summary>
public static class DiagramStyle
{
    /// <summary>Covers Latin and CJK on Linux, macOS and Windows.</summary>
    public const string FontStack = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', 'Helvetica Neue', " +
        "Arial, sans-serif";

    /// <summary>The first font Graphviz should try; it falls back through fontconfig.</summary>
    public const string GraphvizFont = "Noto Sans CJK SC";

    public const string FallbackColor = "#A5ABB6";

    // Colour-blind-friendly hues for relationship types, assigned in vocabulary order.
    private static readonly string[] EdgePalette =
    [
        "#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22",
        "#17BECF", "#FF7F0E", "#393B79", "#637939", "#8C6D31", "#843C39", "#7B4173", "#E6550D",
        "#31A354", "#756BB1", "#D6616B", "#3182BD", "#636363", "#CE6DBD", "#969696", "#AD494A",
    ];

    public static string NodeColor(GraphVocabulary vocabulary, string entityType)
    {
        var color = vocabulary.EntityType(entityType)?.Color;
        return color is { Length: 7 } && color[0] == '#' && IsHex(color.AsSpan(1)) ? color.ToUpperInvariant() : FallbackColor;
    }

    public static NodeShape Shape(string entityType) => entityType switch
    {
        "Person" => NodeShape.Ellipse,
        "Organization" => NodeShape.RoundedBox,
        "Product" => NodeShape.Hexagon,
        "Place" => NodeShape.Stadium,
        _ => NodeShape.Box,
    };

    public static string EdgeColor(GraphVocabulary vocabulary, string relationshipType)
    {
        var index = -1;
        for (var i = 0; i < vocabulary.RelationshipTypes.Count; i++)
        {
            if (vocabulary.RelationshipTypes[i].Name == relationshipType) { index = i; break; }
        }
        return index < 0 ? "#555555" : EdgePalette[index % EdgePalette.Length];
    }

    /// <summary>Red, green and blue of a <c>#RRGGBB</c> colour.</summary>
    public static (int R, int G, int B) Rgb(string color) => (
        int.Parse(color.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(color.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(color.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>
    /// The node caption: the display name, then a name in the other script when the entity has
    /// one (Elon Musk / 埃隆·马斯克), so readers of either language recognise it.
    /// </summary>
    public static IReadOnlyList<string> NodeLabelLines(Entity entity)
    {
        var name = OneLine(entity.Name);
        var nameIsCjk = TextMeasure.HasCjk(name);
        var other = entity.Names.Values.Select(OneLine)
            .FirstOrDefault(n => n.Length > 0 && n != name && TextMeasure.HasCjk(n) != nameIsCjk);
        return other is null ? [name] : [name, other];
    }

    /// <summary>Edge caption: type, role and start year, e.g. <c>LEADS · CEO · 2019</c>.</summary>
    public static string EdgeLabel(Relationship relationship)
    {
        var parts = new List<string> { relationship.Type };
        if (!string.IsNullOrWhiteSpace(relationship.Role)) parts.Add(OneLine(relationship.Role));
        if (relationship.Start is { } start) parts.Add(start.Year.ToString("D4", CultureInfo.InvariantCulture));
        return string.Join(" · ", parts);
    }

    /// <summary>Names can hold newlines and tabs; labels are drawn on one line each.</summary>
    public static string OneLine(string text)
    {
        var chars = text.Trim().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] is '\u2028' or '\u2029') chars[i] = ' ';
        }
        return new string(chars);
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }
}
