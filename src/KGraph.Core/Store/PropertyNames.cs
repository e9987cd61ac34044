using System.Text.RegularExpressions;
using KGraph.Yaml;

namespace KGraph.Store;

/// <summary>
/// The keys of <c>props</c>, <c>names</c> and <c>external</c> become Neo4j property names
/// (<c>name_zh</c>, <c>external_wikidata</c>) and neo4j-admin CSV headers, where an empty name
/// or a ':' breaks the export. The same patterns are in schema/kgraph.schema.json.
/// </summary>
public static partial class PropertyNames
{
    /// <summary>Keys of <c>props</c> and <c>external</c>.</summary>
    public static KeyRule SnakeCase { get; } = new(SnakeCasePattern(), "snake_case: lower-case ASCII letters, digits and '_', starting with a letter");

    /// <summary>Keys of <c>names</c>.</summary>
    public static KeyRule Language { get; } = new(LanguagePattern(), "a language code such as zh, en or zh-Hant");

    // \z, not $: '$' also matches before a final newline.
    [GeneratedRegex(@"^[a-z][a-z0-9_]*\z")]
    private static partial Regex SnakeCasePattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]+)*\z")]
    private static partial Regex LanguagePattern();
}
