using System.Globalization;
using KGraph.Vocabulary;

namespace KGraph.Interchange;

/// <summary>
/// Reads the <c>mappings</c> of schema.yaml's relationship types: comma-separated names in another
/// standard, each with an optional qualifier in parentheses (<c>Ownership (inverse)</c>,
/// <c>Employment (endDate)</c>). A name without a qualifier is the type's plain equivalent, so a
/// name read from that standard becomes the first type that lists it without one.
/// </summary>
public static class StandardMappings
{
    public const string FollowTheMoney = "followthemoney";
    public const string LittleSis = "littlesis";

    /// <summary>LittleSis's relationship category ids, as its exports number them.</summary>
    private static readonly string[] LittleSisCategories =
        ["Position", "Education", "Membership", "Family", "Donation", "Transaction", "Lobbying", "Social", "Professional", "Ownership", "Hierarchy", "Generic"];

    public static IEnumerable<(string Name, string? Qualifier)> Items(string mapping)
    {
        foreach (var item in mapping.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var open = item.IndexOf('(', StringComparison.Ordinal);
            if (open < 0 || !item.EndsWith(')')) yield return (item, null);
            else yield return (item[..open].Trim(), item[(open + 1)..^1].Trim());
        }
    }

    /// <summary>The first mapping of <paramref name="type"/> in <paramref name="standard"/>, or null.</summary>
    public static (string Name, string? Qualifier)? First(RelationshipTypeDefinition type, string standard) =>
        type.Mappings.TryGetValue(standard, out var mapping) && Items(mapping).FirstOrDefault() is { Name: not null } first ? first : null;

    /// <summary>The type a name of <paramref name="standard"/> stands for (LittleSis category ids too), or null.</summary>
    public static RelationshipTypeDefinition? TypeFor(GraphVocabulary vocabulary, string standard, string given)
    {
        if (standard == LittleSis && int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var category) && category >= 1
            && category <= LittleSisCategories.Length)
            given = LittleSisCategories[category - 1];
        return vocabulary.RelationshipTypes.FirstOrDefault(t =>
            t.Mappings.TryGetValue(standard, out var mapping)
            && Items(mapping).Any(i => i.Qualifier is null && string.Equals(i.Name, given, StringComparison.OrdinalIgnoreCase)));
    }
}
