using System.CommandLine;
using KGraph.Diagnostics;
using KGraph.Reviews;
using KGraph.Store;

namespace KGraph.Cli.Review;

/// <summary>What the review queue, the candidates and the interactive review read: one data root's resolved graph and its review log.</summary>
internal sealed record ReviewData(LoadResult Load, IReadOnlyList<ReviewEntry> Log, string LogPath)
{
    public static Option<string> RootOption() => new("--data")
    {
        Description = $"The data root to review, holding reviews.yaml (default: {GraphDataSet.DefaultRoot})",
        DefaultValueFactory = _ => GraphDataSet.DefaultRoot,
    };

    /// <summary>The data and its log, or null (with the problems reported) when the data is invalid.</summary>
    public static ReviewData? Read(string root, CliOutput io)
    {
        var load = DataLoading.Load([root]);
        if (load.HasErrors)
        {
            io.Report(load.Errors);
            io.Fail($"{root} has errors; fix them before reviewing ({io.ProblemCount()})");
            return null;
        }
        var logPath = Path.Combine(root, "reviews.yaml");
        // The load read the log already and would have failed on its errors; this reads the entries themselves.
        var log = File.Exists(logPath) ? ReviewLogReader.Read(logPath, new DiagnosticBag()).Select(e => e.Value).ToList() : [];
        return new ReviewData(load, log, logPath);
    }

    public static Option<int> LimitOption(int byDefault) => new("--limit")
    {
        Description = $"Show at most N (default {byDefault})",
        DefaultValueFactory = _ => byDefault,
        HelpName = "N",
    };

    public static int Limit(ParseResult result, Option<int> option)
    {
        var n = result.GetValue(option);
        return n >= 1 ? n : throw new UsageException($"--limit must be at least 1 (got {n})");
    }
}
