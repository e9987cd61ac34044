using Json.Schema;

namespace KGraph.Core.Tests.Schema;

/// <summary>The JSON Schemas that editors use agree with the sample data and with our own reader.</summary>
public class JsonSchemaTests
{
    public static TheoryData<string, string> SampleFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, schema) in new[] { ("graph-data/curated", "kgraph.schema.json"), ("graph-data/extracted", "kgraph.schema.json"),
            ("graph-data/gold", "gold.schema.json"), ("training/dev-articles", "gold.schema.json") })
        {
            var full = RepositoryFiles.PathOf(folder);
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.EnumerateFiles(full, "*.yaml").Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(RepositoryFiles.Root, file), schema);
        }
        data.Add("graph-data/schema.yaml", "vocabulary.schema.json");
        data.Add("graph-data/reviews.yaml", "reviews.schema.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_file_names_its_schema_and_conforms_to_it(string file, string schema)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(file));
        var depth = file.Count(c => c == '/');
        var expectedLine = $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}schema/{schema}";
        Assert.Equal(expectedLine, text.Split('\n')[0]);
        Assert.Equal([], Violations(schema, text));
    }

    [Fact]
    public void The_schema_refuses_what_our_reader_refuses()
    {
        const string bad = """
            kgraph: 1
            entities:
              - {id: Elon Musk, type: Robot, name: A, nmae: B}
            relationships:
              - {from: a, type: HATES, to: b, confidence: 2, start: 2024-13, status: maybe}
            """;
        var violations = Violations("kgraph.schema.json", bad);
        foreach (var location in new[] { "/entities/0/id", "/entities/0/type", "/entities/0/nmae", "/relationships/0/type", "/relationships/0/confidence",
            "/relationships/0/start", "/relationships/0/status" })
            Assert.Contains(violations, v => v.StartsWith(location + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_log_schema_accepts_what_kgraph_review_writes()
    {
        var entries = new KGraph.Reviews.ReviewEntry[]
        {
            new(KGraph.Reviews.ReviewAction.Merge, Into: "elon-musk", From: "马斯克", Reason: "same", By: "ana", At: "2026-11-28T10:00:00Z"),
            new(KGraph.Reviews.ReviewAction.Retype, Entity: "grok", Type: "Product"),
            new(KGraph.Reviews.ReviewAction.Distinct, Entity: "marcus-hale", Other: "marcus-hale.d2"),
            new(KGraph.Reviews.ReviewAction.Attach, Relationship: "a.founded.b.2020", Onto: "a.founded.b.2021"),
        };
        var text = KGraph.Reviews.ReviewLogWriter.NewFileHeader + string.Concat(entries.Select(e => "  - " +
            "" + KGraph.Reviews.ReviewLogWriter.ToFlowMapping(e) + "\n"));
        Assert.Equal([], Violations("reviews.schema.json", text));
        var wrong = KGraph.Reviews.ReviewLogWriter.NewFileHeader + "  - {action: retype, entity: grok, type: Robot}\n  - {action: attach, relationship: " +
            "a.b.c}\n";
        // The if/then rules also report the action they matched on.
        Assert.Equal(["/reviews/0/action", "/reviews/0/type", "/reviews/1", "/reviews/1/action"],
            Violations("reviews.schema.json", wrong).Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    private static List<string> Violations(string schemaFile, string yaml)
    {
        JsonSchema schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaFile, out schema!))
                Schemas[schemaFile] = schema = SchemaViolations.Load(RepositoryFiles.PathOf("schema", schemaFile));
        }
        return SchemaViolations.Of(schema, yaml);
    }
}
