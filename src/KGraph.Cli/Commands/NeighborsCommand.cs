using System.CommandLine;
using KGraph.Analysis.Ego;
using KGraph.Analysis.Lookup;
using KGraph.Analysis.Views;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;

namespace KGraph.Cli.Commands;

/// <summary><c>kgraph neighbors A [--depth N]</c>: an entity's ego network with the relationships in it.</summary>
public static class NeighborsCommand
{
    private const int MaxDepth = 10;

    public static Command Create()
    {
        var name = new Argument<string>("entity") { Description = "An entity id, name or alias" };
        var depth = new Option<int>("--depth") { Description = $"How many hops out (0..{MaxDepth}, default 1)", DefaultValueFactory = _ => 1 };
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var input = new AnalysisInput();
        var command = new Command("neighbors", "Entities within N hops of one entity and the relationships among them") { name, depth, data, json };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var hops = result.GetValue(depth);
            if (hops is < 0 or > MaxDepth) throw new UsageException($"--depth must be between 0 and {MaxDepth} (got {hops})");
            if (input.Load(result, result.GetValue(data) ?? [], io) is not (var load, var filter)) return ExitCodes.InvalidData;

            var center = AnalysisInput.Resolve(new EntityLookup(load.Graph.Entities), result.GetValue(name)!);
            var view = GraphView.Build(load.Graph, load.Vocabulary, filter);
            var ego = EgoNetworkBuilder.Build(view, view.IndexOf(center.Id), hops);
            if (io.Json)
            {
                io.Answer(new EgoJson(center.Id, hops, filter.Describe(),
                    ego.Members.Select(m => new MemberJson(m.Entity.Id, m.Entity.Name, m.Entity.Type, m.Distance)).ToList(),
                    ego.Relationships.Select(r => EntityText.ToJson(r, load.Graph)).ToList()));
                return ExitCodes.Ok;
            }
            var w = io.Out;
            w.WriteLine($"{EntityText.Name(center)}: {ego.Members.Count - 1} entities within {hops} {(hops == 1 ? "hop" : "hops")}, " +
                $"{ego.Relationships.Count} relationships ({filter.Describe()})");
            foreach (var group in ego.Members.Skip(1).GroupBy(m => m.Distance))
            {
                w.WriteLine($"distance {group.Key}:");
                foreach (var m in group) w.WriteLine($"  {EntityText.Name(m.Entity)}, {m.Entity.Type}");
            }
            if (ego.Relationships.Count > 0) w.WriteLine("relationships:");
            foreach (var r in ego.Relationships) EntityText.PrintRelationship(w, r, load.Graph, "  ");
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record EgoJson(string Center, int Depth, string Filter, IReadOnlyList<MemberJson> Members, IReadOnlyList<RelationshipJson> Relationships);

    private sealed record MemberJson(string Id, string Name, string Type, int Distance);
}
