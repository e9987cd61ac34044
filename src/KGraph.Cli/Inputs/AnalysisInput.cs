using System.CommandLine;
using KGraph.Analysis.Lookup;
using KGraph.Analysis.Views;
using KGraph.Model;
using KGraph.Store;

namespace KGraph.Cli.Inputs;

/// <summary>
/// What analyze, path and neighbors share: the relationship filter options, loading the graph
/// (invalid data stops with exit 3) and turning a name into one entity (or a usage error listing candidates).
/// </summary>
internal sealed class AnalysisInput
{
    private readonly FilterOptions _filter = new();

    public void AddTo(Command command) => _filter.AddTo(command);

    /// <summary>
    /// Checks the filter options (usage errors come before reading anything), loads and resolves the data,
    /// and names the filter's types as the data's vocabulary does; null after printing the errors when the data is invalid.
    /// </summary>
    public AnalysisData? Load(ParseResult result, IReadOnlyList<string> paths, CliOutput io)
    {
        var filter = _filter.Read(result);
        var load = DataLoading.Load(paths);
        io.Report(load.Diagnostics);
        if (load.HasErrors)
        {
            io.Fail($"{load.Errors.Count()} errors in the data; fix them first (kgraph validate lists them)");
            return null;
        }
        return new AnalysisData(load, _filter.WithTypes(filter, result, load.Vocabulary));
    }

    public static Entity Resolve(EntityLookup lookup, string name)
    {
        var found = lookup.Find(name);
        return found.Outcome == LookupOutcome.Found ? found.Entity! : throw new UsageException(found.Message);
    }
}

internal sealed record AnalysisData(LoadResult Load, RelationshipFilter Filter);
