using KGraph.Model;
using KGraph.Store;

namespace KGraph.Core.Tests.Store;

public class GraphFileWriterTests
{
    private static readonly Entity Musk = new()
    {
        Id = "elon-musk",
        Type = "Person",
        Name = "Elon Musk",
        Names = new SortedDictionary<string, string> { ["zh"] = "埃隆·马斯克", ["en"] = "Elon Musk" },
        Aliases = ["马斯克", "true", "2024"],
        Props = new SortedDictionary<string, Scalar> { ["born"] = 1971L, ["note"] = "42", ["ratio"] = 0.5, ["whole"] = 2.0 },
        Mentions = [new Mention("d1", new TextSpan(10, 13), "马斯克"), new Mention("d1", new TextSpan(0, 3), "马斯克")],
    };

    private static readonly Relationship Founded = new()
    {
        Id = "elon-musk.founded.xai.2023",
        From = "elon-musk",
        Type = "FOUNDED",
        To = "xai",
        Start = new PartialDate(2023),
        Confidence = 0.85,
        Status = RelationshipStatus.Extracted,
        Evidence = [new Evidence("d1", new TextSpan(0, 12), "马斯克: \"创立\" xAI", "zh.founder")],
    };

    [Theory]
    [InlineData("马斯克: \"创立\" xAI", "'马斯克: \"创立\" xAI'")]
    [InlineData("马斯克创立了 xAI。", "马斯克创立了 xAI。")]
    [InlineData("马斯克\t创立了 xAI", "\"马斯克\t创立了 xAI\"")] // a tab: the file goes through YamlDotNet's emitter, which keeps it as it is
    public void Writes_the_exact_expected_text(string quote, string writtenQuote)
    {
        var founded = Founded with { Evidence = [new Evidence("d1", new TextSpan(0, 12), quote, "zh.founder")] };
        var yaml = GraphFileWriter.ToYaml([new Document("d1", "Grok", Published: new PartialDate(2024, 3, 18), Lang: "zh")], [Musk],
            [founded], ["header line", ""]);
        Assert.Equal($$"""
            # header line
            #
            kgraph: 1
            documents:
              - id: d1
                title: Grok
                published: 2024-03-18
                lang: zh
            entities:
              - id: elon-musk
                type: Person
                name: Elon Musk
                names: {en: Elon Musk, zh: 埃隆·马斯克}
                aliases: [马斯克, "true", "2024"]
                props: {born: 1971, note: "42", ratio: 0.5, whole: 2.0}
                mentions:
                  - {doc: d1, span: [0, 3], text: 马斯克}
                  - {doc: d1, span: [10, 13], text: 马斯克}
            relationships:
              - id: elon-musk.founded.xai.2023
                from: elon-musk
                type: FOUNDED
                to: xai
                start: 2023
                confidence: 0.85
                status: extracted
                evidence:
                  - {doc: d1, span: [0, 12], quote: {{writtenQuote}}, rule: zh.founder}

            """.Replace("\r\n", "\n", StringComparison.Ordinal), yaml);
    }

    [Theory]
    [InlineData("a: b", "'a: b'")]
    [InlineData("谁?", "谁?")]
    [InlineData(" padded", "' padded'")]
    [InlineData("a #b", "'a #b'")]
    [InlineData("- dash", "'- dash'")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("back\\slash", "back\\slash")]
    [InlineData("two  spaces", "two  spaces")]
    public void A_name_is_quoted_as_YamlDotNet_quotes_it_in_block_context(string name, string written)
    {
        var yaml = GraphFileWriter.ToYaml([], [Musk with { Name = name }], []);
        Assert.Contains($"\n    name: {written}\n", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("谁?", "'谁?'")]
    [InlineData("a,b", "'a,b'")]
    [InlineData("x:y", "'x:y'")]
    [InlineData("O'Brien?", "\"O'Brien?\"")]
    [InlineData("18%", "18%")]
    [InlineData("（18.13%）", "（18.13%）")]
    [InlineData("say \"hi\"", "say \"hi\"")]
    [InlineData("--- x", "'--- x'")]
    [InlineData("a #b", "'a #b'")]
    [InlineData("a#b", "a#b")]
    [InlineData("tab\there", "\"tab\there\"")]
    public void An_alias_is_quoted_as_YamlDotNet_quotes_it_in_flow_context(string alias, string written)
    {
        var yaml = GraphFileWriter.ToYaml([], [Musk with { Aliases = [alias] }], []);
        Assert.Contains($"\n    aliases: [{written}]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_direct_writer_and_YamlDotNets_emitter_write_the_same_text_for_thousands_of_hostile_values()
    {
        // Pieces YAML treats specially, mixed at random: indicators, quotes, escapes, spaces at the ends,
        // keywords, numbers, CJK, emoji, tabs and line breaks (which send a file to the emitter).
        string[] pieces = ["a", "Z", "马斯克", "·", ":", ": ", "#", " #", "-", "- ", "?", "? ", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">",
            "'", "\"", "%", "@", "`", " ", "  ", "\\", ".", "...", "---", "0", "1.5", "1e3", "0x1F", "true", "null", "~", "yes",
            "😀", "（", "）", "：", "é", "\t", "\n", "\r\n", "\u0085", "\u2028"];
        const int Controls = 5;
        var random = new Random(20261129);
        for (var round = 0; round < 3000; round++)
        {
            string Value()
            {
                var builder = new System.Text.StringBuilder();
                // Every other round holds no control character, so most files take the direct path.
                var usable = round % 2 == 0 ? pieces.Length - Controls : pieces.Length;
                for (var k = random.Next(1, 5); k > 0; k--) builder.Append(pieces[random.Next(usable)]);
                return builder.ToString();
            }
            var entity = Musk with { Name = Value(), Aliases = [Value(), Value()], Names = new Dictionary<string, string> { ["zh"] = Value() } };
            var relationship = Founded with { Role = Value(), Evidence = [new Evidence("d1", new TextSpan(0, 3), Value(), Value())] };
            var document = new Document("d1", Value(), Url: Value(), Lang: "zh");

            var direct = GraphFileWriter.ToYaml([document], [entity], [relationship], ["header"], allowDirect: true);
            var emitted = GraphFileWriter.ToYaml([document], [entity], [relationship], ["header"], allowDirect: false);

            Assert.Equal(emitted, direct);
        }
    }

    private static readonly string[] SampleFolders = ["graph-data/curated", "graph-data/extracted"];

    [Fact]
    public void The_direct_writer_writes_every_sample_file_and_the_whole_sample_graph_as_YamlDotNets_emitter_does()
    {
        var vocabulary = KGraph.Vocabulary.GraphVocabulary.BuiltIn;
        var files = SampleFolders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.yaml"))
            .Append(RepositoryFiles.PathOf("src/KGraph.Cli/Init/Template/example.yaml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var graphs = new List<(string Name, IReadOnlyList<Document> Documents, IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)>();
        foreach (var path in files)
        {
            var bag = new KGraph.Diagnostics.DiagnosticBag();
            var file = new GraphFileReader(vocabulary).Read(path, DataLayer.Curated, bag);
            Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
            graphs.Add((Path.GetFileName(path), file!.Documents.Select(d => d.Value).ToList(), file.Entities.Select(e => e.Value).ToList(),
                file.Relationships.Select(r => r.Value).ToList()));
        }
        var sample = GraphLoader.Load([RepositoryFiles.PathOf("graph-data")], new LoadOptions { Texts = null }).Graph;
        graphs.Add(("the resolved sample graph", sample.Documents, sample.Entities, sample.Relationships));

        var declined = new List<string>();
        foreach (var (name, documents, entities, relationships) in graphs)
        {
            var direct = GraphFileWriter.ToYamlDirectly(documents, entities, relationships, ["header"]);
            var emitted = GraphFileWriter.ToYaml(documents, entities, relationships, ["header"], allowDirect: false);
            if (direct is null) declined.Add(name);
            else Assert.Equal(emitted, direct);
        }

        // No sample holds a value the direct writer leaves to the emitter (line breaks, tabs, empty lists); all are compared.
        Assert.Empty(declined);
        Assert.Equal(files.Count + 1, graphs.Count);
        Assert.True(sample.Relationships.Count > 50, $"the sample graph has {sample.Relationships.Count} relationships");
    }

    [Fact]
    public void The_direct_writer_leaves_a_value_with_a_line_break_or_an_empty_list_to_the_emitter()
    {
        Assert.Null(GraphFileWriter.ToYamlDirectly([], [Musk with { Name = "two\nlines" }], []));
        Assert.Null(GraphFileWriter.ToYamlDirectly([], [Musk], [Founded with { Evidence = [new Evidence("d1", new TextSpan(0, 1), "a\tb")] }]));
        Assert.NotNull(GraphFileWriter.ToYamlDirectly([], [Musk], [Founded]));
    }

    [Fact]
    public void Same_graph_in_any_order_gives_byte_identical_text()
    {
        var other = Musk with { Id = "a-first" };
        Assert.Equal(GraphFileWriter.ToYaml([], [Musk, other], [Founded]), GraphFileWriter.ToYaml([], [other, Musk], [Founded]));
    }

    [Fact]
    public void Evidence_mentions_and_props_given_out_of_order_are_written_in_order()
    {
        var founded = Founded with
        {
            Props = new Dictionary<string, Scalar> { ["stake"] = "10%", ["amount"] = 44L },
            Evidence = [new Evidence("d2", new TextSpan(0, 3), "xAI", "b"), new Evidence("d1", new TextSpan(5, 8), "xAI", "b"),
                new Evidence("d1", new TextSpan(5, 8), "xAI", "a")],
        };
        var musk = Musk with
        {
            Mentions = [new Mention("d2", new TextSpan(0, 3), "马斯克"), new Mention("d1", new TextSpan(4, 9), "马斯克"),
            new Mention("d1", new TextSpan(4, 7), "马斯克")]
        };

        var yaml = GraphFileWriter.ToYaml([], [musk], [founded]);

        Assert.Contains("""
                mentions:
                  - {doc: d1, span: [4, 7], text: 马斯克}
                  - {doc: d1, span: [4, 9], text: 马斯克}
                  - {doc: d2, span: [0, 3], text: 马斯克}
            """.Replace("\r\n", "\n", StringComparison.Ordinal), yaml, StringComparison.Ordinal);
        Assert.Contains("props: {amount: 44, stake: 10%}", yaml, StringComparison.Ordinal);
        Assert.Contains("""
                evidence:
                  - {doc: d1, span: [5, 8], quote: xAI, rule: a}
                  - {doc: d1, span: [5, 8], quote: xAI, rule: b}
                  - {doc: d2, span: [0, 3], quote: xAI, rule: b}
            """.Replace("\r\n", "\n", StringComparison.Ordinal), yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_to_the_same_records()
    {
        var hostile = Musk with
        {
            Id = "hostile",
            Name = "O'Brien \"the\" \\ `x` })-[:X]->( // \n second line 🚀",
            Aliases = ["#not a comment", "- dash", "key: value", "  padded  "]
        };
        var yaml = GraphFileWriter.ToYaml([], [Musk, hostile], [Founded]);
        var (file, problems) = Some.Read(yaml, DataLayer.Extracted);
        Assert.Empty(problems);
        Assert.Equal(hostile.Name, file!.Entities[1].Value.Name);
        Assert.Equal(hostile.Aliases, file.Entities[1].Value.Aliases);
        Assert.Equal(Musk.Props.ToList(), file.Entities[0].Value.Props.ToList());
        Assert.Equal(Founded.Evidence, file.Relationships[0].Value.Evidence);
        Assert.Equal(Founded.Id, file.Relationships[0].Value.Id);
    }
}
