using System.CommandLine;
using System.Globalization;
using KGraph.Analysis.Lookup;
using KGraph.Analysis.Views;
using KGraph.Model;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// What analyze, path and neighbors share: the relationship filter options, loading the graph
/// (invalid data stops with exit 3) and turning a name into one entity (or a usage error listing candidates).
/// </summary>
internal sealed class AnalysisInput
{
    private readonly RelationshipTypeOption _types = new();
    private readonly Option<string?> _asOf = new("--as-of") { Description = "Only relationships in force on this date (YYYY, YYYY-MM or YYYY-MM-DD)" };
    private readonly Option<string?> _since = new("--since") { Description = "Only relationships not ended before this date" };
    private readonly Option<string?> _until = new("--until") { Description = "Only relationships started on or before this date" };
    private readonly Option<double?> _minConfidence = new("--min-confidence") { Description = "Only extracted relationships with at least this confidence (0..1); facts people wrote always pass" };
    private readonly Option<bool> _reviewedOnly = new("--reviewed-only") { Description = "Only relationships a person accepted or wrote" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _types.Option, _asOf, _since, _until, _minConfidence, _reviewedOnly }) command.Options.Add(option);
    }

    /// <summary>
    /// Checks the filter options (usage errors come before reading anything), loads and resolves the data,
    /// and names the filter's types as the data's vocabulary does; null after printing the errors when the data is invalid.
    /// </summary>
    public AnalysisData? Load(ParseResult result, IReadOnlyList<string> paths, CliOutput io)
    {
        var filter = Filter(result);
        var load = DataLoading.Load(paths);
        io.Report(load.Diagnostics);
        if (load.HasErrors)
        {
            io.Fail($"{load.Errors.Count()} errors in the data; fix them first (kgraph validate lists them)");
            return null;
        }
        return new AnalysisData(load, filter with { Types = _types.Resolve(result, load.Vocabulary) });
    }

    private GraphFilter Filter(ParseResult result)
    {
        var min = result.GetValue(_minConfidence);
        if (min is < 0 or > 1 || (min is { } m && double.IsNaN(m)))
            throw new UsageException($"--min-confidence must be between 0 and 1 (got {min.Value.ToString(CultureInfo.InvariantCulture)})");
        return new GraphFilter
        {
            AsOf = Date(result, _asOf),
            Since = Date(result, _since),
            Until = Date(result, _until),
            MinConfidence = min,
            ReviewedOnly = result.GetValue(_reviewedOnly),
        };
    }

    public static Entity Resolve(EntityLookup lookup, string name)
    {
        var found = lookup.Find(name);
        return found.Outcome == LookupOutcome.Found ? found.Entity! : throw new UsageException(found.Message);
    }

    private static PartialDate? Date(ParseResult result, Option<string?> option)
    {
        var text = result.GetValue(option);
        if (text is null) return null;
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new UsageException($"{option.Name} '{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

internal sealed record AnalysisData(LoadResult Load, GraphFilter Filter);
