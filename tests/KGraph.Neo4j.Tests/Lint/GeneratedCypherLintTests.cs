using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Export;
using KGraph.Neo4j.Gds;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Lint;

/// <summary>Every statement KGraph generates, checked by Neo4j's own parser and semantic analysis.</summary>
public sealed class GeneratedCypherLintTests
{
    private static readonly Neo4jLoadPlan EveryType = Neo4jLoadPlan.For(Some.EveryType(GraphVocabulary.BuiltIn), GraphVocabulary.BuiltIn);

    /// <summary>The analysis in Neo4j GDS over every relationship type (so the MATCH lists all of them, symmetric ones included).</summary>
    private static readonly GdsAnalysisPlan GdsEveryType = GdsAnalysisPlan.For(
        "kgraph-lint", [.. Some.EveryType(GraphVocabulary.BuiltIn).Entities.Select(e => e.Id)],
        Neo4jLoadPlan.For(Some.EveryType(GraphVocabulary.BuiltIn), GraphVocabulary.BuiltIn).Relationships, GraphVocabulary.BuiltIn,
        new GdsSettings(0.85, 1e-10, 1000, 1000, 42));

    private static readonly string[] SavedQueryParameters = ["entity", "from", "to", "since", "until", "fact", "text"];

    private const string Script = "export cypher";

    // One Node process for all generated Cypher: loading the parser costs seconds.
    private static readonly Lazy<(List<CypherLinter.Query> Queries, CypherLinter.Result Result)> Linted = new(() =>
    {
        var queries = new List<CypherLinter.Query>();
        queries.AddRange(EveryType.Constraints.Select((c, i) => new CypherLinter.Query($"constraint {i}", c, [])));
        queries.AddRange(EveryType.Steps.Select(s => new CypherLinter.Query(s.Name, s.Statement, [GraphStatements.RowsParameter])));
        queries.AddRange(EveryType.PruneRequests().Select((p, i) => new CypherLinter.Query($"prune {i}", p.Statement, [GraphStatements.IdsParameter])));
        queries.AddRange(GdsEveryType.Steps.Concat(GdsEveryType.Drops).Select(s => new CypherLinter.Query("gds: " + s.Name, s.Statement,
            [.. s.Parameters.Keys])));
        queries.Add(new("gds: write scores", GdsStatements.WriteScores(), [GraphStatements.RowsParameter]));
        queries.Add(new(Script, CypherScriptWriter.ToText(EveryType, rowsPerStatement: 3), []));
        queries.Add(new("visualizations/queries.cypher", File.ReadAllText(RepositoryFiles.PathOf("visualizations", "queries.cypher")), SavedQueryParameters));
        return (queries, CypherLinter.Lint(queries));
    });

    [CypherLintFact]
    public void Every_loader_statement_export_script_and_saved_query_parses_without_errors()
    {
        var (queries, result) = Linted.Value;

        Assert.True(result.Errors.Count == 0, "Cypher errors:\n" + string.Join("\n", result.Errors));
        // Every entity type and relationship type has its own statement, and all of them were checked.
        var vocabulary = GraphVocabulary.BuiltIn;
        Assert.Equal(vocabulary.EntityTypes.Count + 2 + vocabulary.RelationshipTypes.Count, EveryType.Steps.Count);
        Assert.Equal(queries.Count, result.Checked);
    }

    [CypherLintFact]
    public void Every_graph_data_science_statement_parses_without_errors_and_names_every_relationship_type()
    {
        var (queries, result) = Linted.Value;

        var gds = queries.Where(q => q.Name.StartsWith("gds: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(GdsEveryType.Steps.Count + GdsEveryType.Drops.Count + 1, gds.Count);
        Assert.DoesNotContain(result.Errors, e => e.Name.StartsWith("gds: ", StringComparison.Ordinal));
        Assert.Contains(string.Join("|", GraphVocabulary.BuiltIn.RelationshipTypes.Select(t => t.Name)), GdsEveryType.ProjectArcs.Statement,
            StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void Every_hostile_value_in_the_export_script_is_exactly_one_string_literal_to_Neo4js_lexer()
    {
        var result = Linted.Value.Result;

        Assert.Empty(result.Errors);
        var literals = result.Strings[Script];
        foreach (var text in Some.HostileTexts)
            Assert.Contains(CypherLiteral.Of(text), literals);
        // Nothing else became a string: the count of literals the lexer saw is the count we wrote.
        var written = EveryType.Steps.SelectMany(s => s.Rows()).Sum(CountStrings);
        Assert.Equal(written, literals.Count);
    }

    [CypherLintFact]
    public void The_linter_really_rejects_broken_Cypher()
    {
        var result = CypherLinter.Lint([new("broken", "MATCH (n) RETRUN n;\nRETURN $undeclared", [])]);

        Assert.Equal(["broken:1:11", "broken:1:17", "broken:2:8"], result.Errors.Select(e => $"{e.Name}:{e.Line}:{e.Column}"));
        Assert.Equal("Parameter $undeclared is not defined.", result.Errors[^1].Message);
    }

    private static int CountStrings(object? value) => value switch
    {
        string => 1,
        PropertyMap map => map.Sum(p => CountStrings(p.Value)),
        System.Collections.IEnumerable items => items.Cast<object?>().Sum(CountStrings),
        _ => 0,
    };
}
