using System.Text.RegularExpressions;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Visualizations;

public sealed partial class BrowserStyleTests
{
    private static readonly string Grass = File.ReadAllText(RepositoryFiles.PathOf("visualizations", "neo4j-browser.grass"));

    [Fact]
    public void Every_entity_type_is_styled_in_its_schema_colour_and_captioned_by_name()
    {
        var rules = Rule().Matches(Grass).ToDictionary(m => m.Groups["selector"].Value, m => m.Groups["body"].Value);

        foreach (var type in GraphVocabulary.BuiltIn.EntityTypes)
        {
            Assert.True(rules.TryGetValue("node." + type.Name, out var body), $"no rule for node.{type.Name}");
            Assert.Contains($"color: {type.Color};", body, StringComparison.Ordinal);
            Assert.Contains("caption: \"{name}\";", body, StringComparison.Ordinal);
        }
        // Browser uses the first matching rule: a rule for Entity would hide the type colours.
        Assert.DoesNotContain("node.Entity", rules.Keys);
        Assert.Contains("caption: \"<type>\";", rules["relationship"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_saved_queries_file_holds_at_least_a_dozen_queries()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("visualizations", "queries.cypher"));

        Assert.Equal(14, Regex.Count(text, @";\s*$", RegexOptions.Multiline));
        Assert.Equal(14, Regex.Count(text, @"^// \d+\. ", RegexOptions.Multiline));
    }

    [GeneratedRegex(@"^(?<selector>[\w.]+)\s*\{(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Rule();
}
