using System.Diagnostics;
using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Core.Tests.Yaml;

public class StrictYamlParserTests
{
    private static string[] Problems(string yaml)
    {
        var bag = new DiagnosticBag();
        StrictYamlParser.Parse("t.yaml", yaml, bag);
        return bag.Sorted().Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column()
    {
        var problems = Problems("kgraph: 1\nentities:\n  - id: a\n   name: [unclosed\n");
        Assert.Equal(["t.yaml:4:4: YAML syntax error: While parsing a block collection, did not find expected '-' indicator."], problems);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_the_quote_starts()
    {
        var problems = Problems("kgraph: 1\nentities:\n  - {id: a, name: \"unterminated\n");
        Assert.Equal(["t.yaml:3:19: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream."], problems);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab_not_at_the_start_of_the_file()
    {
        var problems = Problems("kgraph: 1\nentities:\n\t- {id: a, type: Person, name: Ann}\n");
        Assert.Equal(["t.yaml:3:1: YAML syntax error: While scanning a mapping, found invalid tab as indentation."], problems);
    }

    [Fact]
    public void A_tab_after_spaces_in_a_nested_line_is_reported_at_its_column()
    {
        var problems = Problems("kgraph: 1\nentities:\n  - id: a\n  \tname: Ann\n");
        Assert.Equal(["t.yaml:4:3: YAML syntax error: While scanning a plain scalar, found a tab character that violate indentation."], problems);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_pointing_at_the_second_key()
    {
        var problems = Problems("kgraph: 1\nentities:\n  - id: a\n    name: A\n    name: B\n");
        Assert.Equal(["t.yaml:5:5: duplicate key 'name' (first at line 4)"], problems);
    }

    [Fact]
    public void An_anchor_is_refused()
    {
        var problems = Problems("kgraph: 1\nentities:\n  - &person\n    id: a\n");
        Assert.Equal(["t.yaml:3:5: YAML anchors are not allowed (found '&person'); write the value out"], problems);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_the_first_anchor_without_expanding_anything()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var i = 1; i < 9; i++)
        {
            var prev = (char)('a' + i - 1);
            lines.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]");
        }
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var problems = Problems(string.Join('\n', lines));
        watch.Stop();

        Assert.Equal(["t.yaml:1:4: YAML anchors are not allowed (found '&a'); write the value out"], problems);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(GC.GetTotalMemory(false) - memoryBefore < 50_000_000);
    }

    [Fact]
    public void An_alias_without_anchor_position_is_still_refused()
    {
        // YamlDotNet reports an alias to an unknown anchor as a syntax error; either way it is refused.
        var problems = Problems("kgraph: 1\nentities: *list\n");
        Assert.Single(problems);
        Assert.StartsWith("t.yaml:2:11: ", problems[0]);
    }

    [Fact]
    public void A_custom_tag_is_refused()
    {
        var problems = Problems("kgraph: 1\nname: !python/object x\n");
        Assert.Equal(["t.yaml:2:7: YAML tags are not allowed (found '!python/object')"], problems);
    }

    [Fact]
    public void Two_documents_in_one_file_are_refused()
    {
        var problems = Problems("kgraph: 1\n---\nkgraph: 1\n");
        Assert.Equal(["t.yaml:2:1: more than one YAML document in the file; put everything in one"], problems);
    }

    [Fact]
    public void Nodes_carry_one_based_positions()
    {
        var root = (YamlMapping)StrictYamlParser.Parse("t.yaml", "kgraph: 1\nname: 马斯克\n", new DiagnosticBag())!;
        var name = (YamlScalar)root["name"]!;
        Assert.Equal(("马斯克", 2, 7), (name.Value, name.At.Line, name.At.Column));
    }

    [Fact]
    public void Fifty_thousand_nested_flow_lists_are_refused_at_the_sixty_fifth_level()
    {
        var problems = Problems("kgraph: 1\nentities: " + new string('[', 50_000) + new string(']', 50_000) + "\n");
        // The root mapping is level 1, so the 64th bracket (column 11 + 63) is level 65.
        Assert.Equal(["t.yaml:2:74: YAML collections nested more than 64 levels deep; KGraph files need six"], problems);
    }

    [Fact]
    public void Fifty_thousand_nested_flow_mappings_are_refused_at_the_sixty_fifth_level()
    {
        var problems = Problems("kgraph: 1\nentities: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "1" + new string('}', 50_000) + "\n");
        Assert.Equal([$"t.yaml:2:{11 + (63 * 4)}: YAML collections nested more than 64 levels deep; KGraph files need six"], problems);
    }

    [Fact]
    public void Ten_thousand_nested_block_lists_are_refused_at_the_sixty_fifth_level()
    {
        var problems = Problems("kgraph: 1\nentities:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        Assert.Equal([$"t.yaml:3:{1 + (63 * 2)}: YAML collections nested more than 64 levels deep; KGraph files need six"], problems);
    }

    [Fact]
    public void Sixty_four_levels_of_nesting_are_read()
    {
        var root = (YamlMapping)StrictYamlParser.Parse("t.yaml",
            "kgraph: 1\nentities: " + new string('[', 63) + new string(']', 63) + "\n", new DiagnosticBag())!;
        var (depth, node) = (1, root["entities"]);
        while (node is YamlSequence list) (depth, node) = (depth + 1, list.Items.Count > 0 ? list.Items[0] : null);
        Assert.Equal(64, depth);
    }
}
