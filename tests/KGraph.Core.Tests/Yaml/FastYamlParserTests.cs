using System.Text;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Store;
using KGraph.Yaml;

namespace KGraph.Core.Tests.Yaml;

/// <summary>The fast path must build exactly YamlDotNet's tree, or step aside.</summary>
public class FastYamlParserTests
{
    private static readonly string[] RepositoryYamlFolders = ["graph-data", "src"];

    /// <summary>Every YAML file the repository ships: the sample data, the gold files, the init template and the rule files.</summary>
    private static List<string> RepositoryYamlFiles() =>
        RepositoryYamlFolders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.yaml", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Builds_the_same_tree_as_YamlDotNet_for_every_repository_file_and_says_why_it_declines_the_rest()
    {
        var files = RepositoryYamlFiles();
        var declined = new List<string>();
        var compared = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(RepositoryFiles.PathOf(file));
            if (AssertSameOrDeclined(text, out var reason)) compared++;
            else declined.Add($"{file}: {reason}");
        }

        // Every data file (curated, extracted, gold, reviews, the init example) and most rule files are compared tree for tree.
        Assert.Equal(Declines, declined);
        Assert.Equal(files.Count - Declines.Length, compared);
        Assert.True(compared >= 33, $"only {compared} of {files.Count} files compared");
    }

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
    [InlineData("kgraph: 1\nname: |\n  block\n", "line 2: a value that cannot start plain text (block scalar, anchor, alias, tag or indicator)")]
    [InlineData("kgraph: 1\nname: multi\n  line plain\n", "line 3: a mapping entry out of line")]
    [InlineData("kgraph: 1\nname: {a: 1,\n  b: 2}\n", "line 2: a flow value that cannot start plain text")]
    [InlineData("kgraph: 1\nname: &a x\nother: *a\n", "line 2: a value that cannot start plain text (block scalar, anchor, alias, tag or indicator)")]
    [InlineData("kgraph: 1\nname: x\nname: y\n", "line 3: a duplicate key")]
    [InlineData("---\nkgraph: 1\n", "line 1: a directive or document marker")]
    [InlineData("kgraph: 1\n\tname: x\n", "line 2: a tab, carriage return, control character, byte order mark or character outside the BMP")]
    [InlineData("kgraph: 1\nemoji: 🚀\n", "line 2: a tab, carriage return, control character, byte order mark or character outside the BMP")]
    [InlineData("kgraph: 1\nempty:\nnext: 1\n", "line 3: a key with no value")]
    [InlineData("kgraph: 1\n  bad: indent\n", "line 2: a mapping entry out of line")]
    [InlineData("kgraph: 1\n\"quoted key\": 1\n", "line 2: a key that is not plain letters, digits, _ - . followed by \": \"")]
    [InlineData("kgraph: 1\nname: \"unterminated\n", "line 2: a double-quoted value not closed on its line")]
    [InlineData("kgraph: 1\ntags: [a, [b]\n", "line 2: a flow collection not closed on its line")]
    public void Declines_anything_else_so_the_full_parser_decides(string yaml, string why)
    {
        Assert.Null(FastYamlParser.TryParse("t.yaml", yaml, out var declined));
        Assert.Equal(why, declined);
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

    // Valid YAML outside the fast path's subset, each left to YamlDotNet: a plain "per:spouse" inside a flow mapping,
    // a flow list over many lines, a quoted key inside a flow mapping.
    private static readonly string[] Declines =
    [
        "graph-data/schema.yaml: line 128: \":\" inside a flow value",
        "src/KGraph.Extraction/Rules/lexicon.yaml: line 32: a flow collection not closed on its line",
        "src/KGraph.Extraction/Rules/relations.en.yaml: line 11: a flow value that cannot start plain text",
    ];

    private static readonly string[] Scalars = ["a", "马斯克", "x y", "'q''s'", "\"d\\\"q\"", "1.5", "-3", "a-b", "x.y", "Grok-1", "'a: " +
        "b'", "null", "~", "é"];

    private static string Scalar(Random r) => Scalars[r.Next(Scalars.Length)];

    private static string Flow(Random r, int depth) => (depth == 0 ? 0 : r.Next(3)) switch
    {
        0 => Scalar(r).Contains(':', StringComparison.Ordinal) ? "x" : Scalar(r),
        1 => "[" + string.Join(", ", Enumerable.Range(0, r.Next(3)).Select(_ => Flow(r, depth - 1))) + "]",
        _ => "{" + string.Join(", ", Enumerable.Range(0, r.Next(3)).Select(i => $"k{i}: {Flow(r, depth - 1)}")) + "}",
    };

    private static bool AssertSameOrDeclined(string yaml) => AssertSameOrDeclined(yaml, out _);

    /// <summary>Whether the fast parser took <paramref name="yaml"/> (and so was compared with YamlDotNet), else why not.</summary>
    private static bool AssertSameOrDeclined(string yaml, out string? declined)
    {
        var fast = FastYamlParser.TryParse("t.yaml", yaml, out declined);
        if (fast is null)
        {
            Assert.NotNull(declined);
            return false;
        }
        Assert.Null(declined);
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
