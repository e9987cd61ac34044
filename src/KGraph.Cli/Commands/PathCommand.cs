using System.CommandLine;
using KGraph.Analysis.Lookup;
using KGraph.Analysis.Paths;
using KGraph.Analysis.Views;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.Model;

namespace KGraph.Cli.Commands;

/// <summary><c>kgraph path A B [-k N]</c>: how two entities are connected, each hop with its relationships and evidence.</summary>
public static class PathCommand
{
    private const int MaxPaths = 100;

    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "An entity id, name or alias (e.g. 马斯克, \"Dario Amodei\")" };
        var to = new Argument<string>("to") { Description = "Another entity id, name or alias" };
        var k = new Option<int>("-k") { Description = $"How many shortest paths to list (1..{MaxPaths}, default 1)", DefaultValueFactory = _ => 1 };
        var directed = new Option<bool>("--directed") { Description = "Follow relationships from subject to object only" };
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var input = new AnalysisInput();
        var command = new Command("path",
            "Shortest relationship paths between two entities, with the evidence for each hop; exits 1 when they are not connected") { from, to,
            k, directed, data, json };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var count = result.GetValue(k);
            if (count is < 1 or > MaxPaths) throw new UsageException($"-k must be between 1 and {MaxPaths} (got {count})");
            if (input.Load(result, result.GetValue(data) ?? [], io) is not (var load, var filter)) return ExitCodes.InvalidData;

            var lookup = new EntityLookup(load.Graph.Entities);
            var source = AnalysisInput.Resolve(lookup, result.GetValue(from)!);
            var target = AnalysisInput.Resolve(lookup, result.GetValue(to)!);
            var view = GraphView.Build(load.Graph, load.Vocabulary, filter);
            var paths = new PathFinder(view, result.GetValue(directed)).KShortest(view.IndexOf(source.Id), view.IndexOf(target.Id), count);

            if (io.Json) io.Answer(new PathsJson(source.Id, target.Id, filter.Describe(), paths.Select(p => ToJson(p, load.Graph)).ToList()));
            else PrintText(io.Out, paths, load.Graph);
            if (paths.Count > 0) return ExitCodes.Ok;
            // "Not connected" is an answer, but scripts branch on it: exit 1, as grep does when nothing matches.
            io.Fail($"no path between {EntityText.Name(source)} and {EntityText.Name(target)} ({filter.Describe()})");
            return ExitCodes.Failure;
        });
        return command;
    }

    private static void PrintText(TextWriter w, IReadOnlyList<EntityPath> paths, KnowledgeGraph graph)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            if (i > 0) w.WriteLine();
            w.WriteLine($"Path {i + 1} ({path.Length} {(path.Length == 1 ? "hop" : "hops")}): " +
                $"{string.Join(" → ", path.Entities.Select(e => EntityText.OneLine(e.Name)))}");
            foreach (var hop in path.Hops)
            {
                w.WriteLine($"  {EntityText.Name(hop.From)} — {EntityText.Name(hop.To)}");
                foreach (var r in hop.Relationships) EntityText.PrintRelationship(w, r, graph, "    ");
            }
        }
    }

    private static PathJson ToJson(EntityPath path, KnowledgeGraph graph) => new(
        path.Length,
        path.Entities.Select(e => e.Id).ToList(),
        path.Hops.Select(h => new HopJson(h.From.Id, h.To.Id, h.Relationships.Select(r => EntityText.ToJson(r, graph)).ToList())).ToList());

    private sealed record PathsJson(string From, string To, string Filter, IReadOnlyList<PathJson> Paths);

    private sealed record PathJson(int Length, IReadOnlyList<string> Entities, IReadOnlyList<HopJson> Hops);

    private sealed record HopJson(string From, string To, IReadOnlyList<RelationshipJson> Relationships);
}
