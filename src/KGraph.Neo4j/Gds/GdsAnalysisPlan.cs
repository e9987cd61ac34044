using System.Globalization;
using System.Text;
using KGraph.Model;
using KGraph.Neo4j.Cypher;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Gds;

/// <summary>
/// Every statement of one analysis in Neo4j GDS, in order: the version check, two projections
/// (<see cref="ArcsGraph"/> for PageRank, <see cref="PairsGraph"/> for the rest), the algorithms
/// (mutate mode, so each runs once and its statistics and scores belong together), the streams
/// of the scores, and the drops. The entities and relationships are the ones the local filter
/// kept, sent by id: the database analyses exactly the graph the report describes.
/// </summary>
public sealed class GdsAnalysisPlan
{
    private GdsAnalysisPlan(string graphName, IReadOnlyList<string> entityIds, int relationshipCount, int arcCount, GdsSettings settings,
        IReadOnlyList<GdsStep> steps)
    {
        ArcsGraph = graphName + "-arcs";
        PairsGraph = graphName + "-pairs";
        EntityIds = entityIds;
        RelationshipCount = relationshipCount;
        ArcCount = arcCount;
        Settings = settings;
        Steps = steps;
    }

    public string ArcsGraph { get; }
    public string PairsGraph { get; }
    /// <summary>The entities analysed; scores come back in this order.</summary>
    public IReadOnlyList<string> EntityIds { get; }
    public int RelationshipCount { get; }
    /// <summary>Arcs of the directed view: one per relationship, two per symmetric one that is not a self-loop.</summary>
    public int ArcCount { get; }
    public GdsSettings Settings { get; }
    /// <summary>Version check, projections, algorithms and streams (not the drops).</summary>
    public IReadOnlyList<GdsStep> Steps { get; }
    public bool IsExactBetweenness => Settings.SamplingSize >= EntityIds.Count;

    public GdsStep Version => Steps[0];
    public GdsStep ProjectArcs => Steps[1];
    public GdsStep ProjectPairs => Steps[2];
    public GdsStep PageRank => Steps[3];
    public GdsStep Betweenness => Steps[4];
    public GdsStep Components => Steps[5];
    public GdsStep Communities => Steps[6];
    public GdsStep StreamArcs => Steps[7];
    public GdsStep StreamPairs => Steps[8];

    /// <summary>The drops, pairs first; sent after the run whether it succeeded or not.</summary>
    public IReadOnlyList<GdsStep> Drops =>
    [
        new("drop the undirected projection", GdsStatements.Drop(), Graph(PairsGraph)),
        new("drop the directed projection", GdsStatements.Drop(), Graph(ArcsGraph)),
    ];

    /// <param name="graphName">The run's projection name (<see cref="ProjectionName.New"/>); "-arcs" and "-pairs" are appended.</param>
    /// <param name="entityIds">Every entity of the analysed view, in its order.</param>
    /// <param name="relationships">The relationships the filter kept, all between those entities.</param>
    public static GdsAnalysisPlan For(string graphName, IReadOnlyList<string> entityIds, IReadOnlyList<Relationship> relationships,
        GraphVocabulary vocabulary, GdsSettings settings)
    {
        foreach (var relationship in relationships)
            if (vocabulary.RelationshipType(relationship.Type) is null)
                throw new ArgumentException($"relationship '{relationship.Id}' has type '{relationship.Type}', which is not in the vocabulary");
        // The types in the MATCH are the kept relationships' (every vocabulary type when none is kept: the id list then matches nothing).
        var kept = relationships.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
        var types = vocabulary.RelationshipTypes.Select(t => t.Name).Where(t => kept.Count == 0 || kept.Contains(t)).ToList();
        var symmetric = types.Where(vocabulary.IsSymmetric).ToList();
        var arcs = relationships.Sum(r => vocabulary.IsSymmetric(r.Type) && r.From != r.To ? 2 : 1);

        var arcsGraph = graphName + "-arcs";
        var pairsGraph = graphName + "-pairs";
        var selection = new Dictionary<string, object?>
        {
            [GdsStatements.EntitiesParameter] = entityIds,
            [GdsStatements.RelationshipsParameter] = relationships.Select(r => r.Id).ToList(),
        };
        var steps = new List<GdsStep>
        {
            new("check that Graph Data Science is installed", GdsStatements.Version(), new Dictionary<string, object?>()),
            new("project the directed view (PageRank)", GdsStatements.ProjectArcs(types),
                new Dictionary<string, object?>(selection) { [GdsStatements.GraphParameter] = arcsGraph, [GdsStatements.SymmetricTypesParameter] = symmetric }),
            new("project the undirected view (betweenness, components, communities)", GdsStatements.ProjectPairs(types),
                new Dictionary<string, object?>(selection) { [GdsStatements.GraphParameter] = pairsGraph }),
            new("PageRank", GdsStatements.PageRank(), new Dictionary<string, object?>
            {
                [GdsStatements.GraphParameter] = arcsGraph,
                [GdsStatements.DampingFactorParameter] = settings.DampingFactor,
                [GdsStatements.MaxIterationsParameter] = settings.MaxIterations,
                [GdsStatements.ToleranceParameter] = settings.Tolerance,
            }),
            new("betweenness", GdsStatements.Betweenness(), new Dictionary<string, object?>
            {
                [GdsStatements.GraphParameter] = pairsGraph,
                [GdsStatements.SamplingSizeParameter] = Math.Min(settings.SamplingSize, entityIds.Count),
                [GdsStatements.SamplingSeedParameter] = settings.SamplingSeed,
            }),
            new("weakly connected components", GdsStatements.WeaklyConnectedComponents(), Graph(pairsGraph)),
            new("Louvain communities", GdsStatements.Louvain(), Graph(pairsGraph)),
            new("stream PageRank", GdsStatements.StreamProperties([GdsStatements.PageRankProperty]), Graph(arcsGraph)),
            new("stream betweenness, components and communities",
                GdsStatements.StreamProperties([GdsStatements.BetweennessProperty, GdsStatements.ComponentProperty,
                    GdsStatements.CommunityProperty]), Graph(pairsGraph)),
        };
        return new GdsAnalysisPlan(graphName, entityIds, relationships.Count, arcs, settings, steps);
    }

    /// <summary>What <c>analyze --engine neo4j --dry-run</c> prints: each statement with what it is for.</summary>
    public string Describe(bool write)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"// Neo4j Graph Data Science: {EntityIds.Count} entities and {RelationshipCount} relationships, " +
            $"sent by id as ${GdsStatements.EntitiesParameter} and ${GdsStatements.RelationshipsParameter}\n");
        text.Append("// Two projections, named anew each run (kgraph-<time>-<random>-arcs and -pairs); both are dropped at the end, also after a failure\n");
        foreach (var step in Steps.Concat(Drops))
            text.Append(inv, $"\n// {step.Name}{On(step)}\n").Append(step.Statement).Append(";\n");
        if (write)
            text.Append(inv, $"\n// --write: the report's scores onto the entities, " +
                $"{EntityIds.Count} rows\n").Append(GdsStatements.WriteScores()).Append(";\n");
        return text.ToString();
    }

    private string On(GdsStep step) => step.Parameters.GetValueOrDefault(GdsStatements.GraphParameter) switch
    {
        string name when name == ArcsGraph => "; $graph: the directed projection",
        string name when name == PairsGraph => "; $graph: the undirected projection",
        _ => "",
    };

    private static Dictionary<string, object?> Graph(string name) => new() { [GdsStatements.GraphParameter] = name };
}
