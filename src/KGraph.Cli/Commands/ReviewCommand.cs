using System.CommandLine;
using KGraph.Cli.Output;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Reviews;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph review merge|rename|reject|accept|list</c>: records a person's decision in the
/// data root's reviews.yaml. It only ever appends; curated and extracted files are not touched.
/// </summary>
public static class ReviewCommand
{
    internal static TimeProvider Clock { get; set; } = TimeProvider.System;

    public static Command Create()
    {
        var command = new Command("review", "Record review decisions (appended to <data>/reviews.yaml, applied on every load)");
        command.Subcommands.Add(Decision("merge", "Merge entity OTHER into KEEP: OTHER's names become aliases of KEEP and its facts move over", "keep", "other",
            (keep, other) => new ReviewEntry(ReviewAction.Merge, Into: keep, From: other)));
        command.Subcommands.Add(Decision("rename", "Give entity OLD-ID the new id NEW-ID", "old-id", "new-id",
            (old, @new) => new ReviewEntry(ReviewAction.Rename, From: old, To: @new)));
        command.Subcommands.Add(Decision("reject", "Mark relationship REL-ID as wrong; it stays rejected after re-extraction", "rel-id", null,
            (rel, _) => new ReviewEntry(ReviewAction.Reject, Relationship: rel)));
        command.Subcommands.Add(Decision("accept", "Mark relationship REL-ID as checked and right", "rel-id", null,
            (rel, _) => new ReviewEntry(ReviewAction.Accept, Relationship: rel)));
        command.Subcommands.Add(List());
        command.Subcommands.Add(ReviewCandidatesCommand.Create());
        command.Subcommands.Add(ReviewQueueCommand.Create());
        InteractiveReview.Attach(command);
        return command;
    }

    private static Command Decision(string name, string description, string first, string? second, Func<string, string, ReviewEntry> make)
    {
        var a = new Argument<string>(first);
        var b = second is null ? null : new Argument<string>(second);
        var data = DataRoot();
        var reason = new Option<string?>("--reason") { Description = "Why (kept in the log)" };
        var by = new Option<string?>("--by") { Description = "Who decided (default: $USER)" };
        var command = new Command(name, description) { a, data, reason, by };
        if (b is not null) command.Arguments.Add(b);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var root = result.GetValue(data)!;
            var entry = make(result.GetValue(a)!, b is null ? "" : result.GetValue(b)!) with
            {
                Reason = result.GetValue(reason),
                By = result.GetValue(by) ?? Environment.GetEnvironmentVariable("USER"),
                At = Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ"),
            };
            var load = DataLoading.Load([root]);
            if (load.HasErrors)
            {
                io.Report(load.Errors);
                io.Fail("fix the data before recording reviews");
                return ExitCodes.InvalidData;
            }
            if (Check(entry, load.Graph) is { } problem) throw new UsageException(problem);
            var log = Path.Combine(root, "reviews.yaml");
            ReviewLogWriter.Append(log, entry);
            io.Error.WriteLine($"recorded in {log}: {ReviewLogWriter.ToFlowMapping(entry)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var data = DataRoot();
        var json = CommonOptions.Json();
        var command = new Command("list", "Print the review log") { data, json };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var log = Path.Combine(result.GetValue(data)!, "reviews.yaml");
            var diagnostics = new DiagnosticBag();
            var entries = File.Exists(log) ? ReviewLogReader.Read(log, diagnostics) : [];
            io.Report(diagnostics.Sorted());
            if (io.Json) io.Answer(entries.Select(e => ReviewJson.Of(e.At.Line, e.Value)).ToList());
            else foreach (var entry in entries) io.Out.WriteLine($"{entry.At.Line}: {ReviewLogWriter.ToFlowMapping(entry.Value)}");
            if (!diagnostics.HasErrors) return ExitCodes.Ok;
            io.Fail($"{log} has errors; fix them first");
            return ExitCodes.InvalidData;
        });
        return command;
    }

    /// <summary>One decision as <c>review list --json</c> answers it, with the line it is on.</summary>
    private sealed record ReviewJson(int Line, string Action, string? Into, string? From, string? To, string? Relationship, string? Reason, string? By, string? At)
    {
        public static ReviewJson Of(int line, ReviewEntry e) =>
            new(line, e.Action.ToString().ToLowerInvariant(), e.Into, e.From, e.To, e.Relationship, e.Reason, e.By, e.At);
    }

    private static Option<string> DataRoot() => new("--data")
    {
        Description = $"The data root holding reviews.yaml (default: {GraphDataSet.DefaultRoot})",
        DefaultValueFactory = _ => GraphDataSet.DefaultRoot,
    };

    /// <summary>A decision must name things that exist, so a typo cannot sit in the log unnoticed.</summary>
    internal static string? Check(ReviewEntry entry, KnowledgeGraph graph)
    {
        string? Missing(string id) => graph.EntitiesById.ContainsKey(id) ? null : $"no entity with id '{id}'";
        switch (entry.Action)
        {
            case ReviewAction.Merge:
                if (entry.Into == entry.From) return "cannot merge an entity into itself";
                if ((Missing(entry.Into!) ?? Missing(entry.From!)) is { } m) return m;
                var (keep, other) = (graph.EntitiesById[entry.Into!], graph.EntitiesById[entry.From!]);
                return keep.Type == other.Type ? null : $"cannot merge {other.Type} '{other.Id}' into {keep.Type} '{keep.Id}': the types differ";
            case ReviewAction.Rename:
                if (Missing(entry.From!) is { } r) return r;
                if (!Ids.IsValid(entry.To!)) return $"'{entry.To}' is not a valid id ({Ids.Rule})";
                return graph.EntitiesById.ContainsKey(entry.To!) ? $"id '{entry.To}' is already taken; use 'review merge' to combine two entities" : null;
            default:
                return graph.Relationships.Any(x => x.Id == entry.Relationship) ? null : $"no relationship with id '{entry.Relationship}'";
        }
    }
}
