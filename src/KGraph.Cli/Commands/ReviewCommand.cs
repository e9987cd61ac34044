using System.CommandLine;
using KGraph.Cli.Output;
using KGraph.Cli.Review;
using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Reviews;
using KGraph.Store;
using KGraph.Text;
using KGraph.Vocabulary;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph review merge|rename|reject|accept|retype|distinct|attach|list</c>: records a person's decision
/// in the data root's reviews.yaml. It only ever appends; curated and extracted files are not touched.
/// </summary>
public static class ReviewCommand
{
    internal static TimeProvider Clock { get; set; } = TimeProvider.System;

    public static Command Create()
    {
        var command = new Command("review", "Record review decisions (appended to <data>/reviews.yaml, applied on every load)");
        command.Subcommands.Add(Decision("merge",
            "Merge entity OTHER into KEEP: OTHER's names become aliases of KEEP and its facts move over (OTHER is retyped first when " +
            "the types differ)", "keep", "other",
            (keep, other) => new ReviewEntry(ReviewAction.Merge, Into: keep, From: other)));
        command.Subcommands.Add(Decision("rename", "Give entity OLD-ID the new id NEW-ID", "old-id", "new-id",
            (old, @new) => new ReviewEntry(ReviewAction.Rename, From: old, To: @new)));
        command.Subcommands.Add(Decision("reject", "Mark relationship REL-ID as wrong; it stays rejected after re-extraction", "rel-id", null,
            (rel, _) => new ReviewEntry(ReviewAction.Reject, Relationship: rel)));
        command.Subcommands.Add(Decision("accept", "Mark relationship REL-ID as checked and right", "rel-id", null,
            (rel, _) => new ReviewEntry(ReviewAction.Accept, Relationship: rel)));
        command.Subcommands.Add(Decision("retype",
            "Give entity ENTITY the type TYPE (one of the vocabulary's entity types), whatever the files say", "entity", "type",
            (entity, type) => new ReviewEntry(ReviewAction.Retype, Entity: entity, Type: type)));
        command.Subcommands.Add(Decision("distinct", "Record that entities A and B are different: they are never merged, not even by name", "a", "b",
            (a, b) => new ReviewEntry(ReviewAction.Distinct, Entity: a, Other: b)));
        command.Subcommands.Add(Decision("attach",
            "Move the evidence of relationship REL-ID onto relationship ONTO-REL-ID; REL-ID goes", "rel-id", "onto-rel-id",
            (rel, onto) => new ReviewEntry(ReviewAction.Attach, Relationship: rel, Onto: onto)));
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
            var log = Path.Combine(root, "reviews.yaml");
            if ((Check(entry, load.Graph, load.Vocabulary) ?? DeclaredDistinct(entry, log)) is { } problem) throw new UsageException(problem);
            var entries = WithRetype(entry, load.Graph);
            ReviewLogWriter.AppendAll(log, entries);
            foreach (var recorded in entries) io.Error.WriteLine($"recorded in {log}: {ReviewLogWriter.ToFlowMapping(recorded)}");
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
    private sealed record ReviewJson(
        int Line, string Action, string? Into, string? From, string? To, string? Entity, string? Type, string? Other, string? Relationship, string? Onto,
        string? Reason, string? By, string? At)
    {
        public static ReviewJson Of(int line, ReviewEntry e) =>
            new(line, e.Action.ToString().ToLowerInvariant(), e.Into, e.From, e.To, e.Entity, e.Type, e.Other, e.Relationship, e.Onto, e.Reason, e.By, e.At);
    }

    private static Option<string> DataRoot() => new("--data")
    {
        Description = $"The data root holding reviews.yaml (default: {GraphDataSet.DefaultRoot})",
        DefaultValueFactory = _ => GraphDataSet.DefaultRoot,
    };

    /// <summary>A merge the log would refuse on the next load: the two were declared distinct.</summary>
    private static string? DeclaredDistinct(ReviewEntry entry, string log)
    {
        if (entry.Action != ReviewAction.Merge || !File.Exists(log)) return null;
        var pair = new[] { entry.Into, entry.From }.Order(StringComparer.Ordinal);
        return ReviewLogReader.Read(log, new DiagnosticBag())
            .Where(d => d.Value.Action == ReviewAction.Distinct && new[] { d.Value.Entity, d.Value.Other }.Order(StringComparer.Ordinal).SequenceEqual(pair))
            .Select(d => $"'{entry.From}' and '{entry.Into}' were declared distinct at {d.At}; remove that decision to merge them")
            .FirstOrDefault();
    }

    /// <summary>
    /// A merge of two entities of different types is recorded as a retype of OTHER to KEEP's type followed by the merge,
    /// both shown, so that the log says what happened and replays it without a special case.
    /// </summary>
    internal static List<ReviewEntry> WithRetype(ReviewEntry entry, KnowledgeGraph graph)
    {
        if (entry.Action != ReviewAction.Merge) return [entry];
        var (keep, other) = (graph.EntitiesById[entry.Into!], graph.EntitiesById[entry.From!]);
        return keep.Type == other.Type ? [entry] : [entry with { Action = ReviewAction.Retype, Into = null, From = null, Entity = other.Id,
            Type = keep.Type }, entry];
    }

    /// <summary><see cref="Check(ReviewEntry, KnowledgeGraph, GraphVocabulary)"/> against the built-in vocabulary's entity types.</summary>
    internal static string? Check(ReviewEntry entry, KnowledgeGraph graph) => Check(entry, graph, GraphVocabulary.BuiltIn);

    /// <summary>A decision must name things that exist, so a typo cannot sit in the log unnoticed; a close id is suggested.</summary>
    internal static string? Check(ReviewEntry entry, KnowledgeGraph graph, GraphVocabulary vocabulary)
    {
        string? Missing(string id) => graph.EntitiesById.ContainsKey(id) ? null : $"no entity with id '{id}'{Hint(id, graph.EntitiesById.Keys)}";
        string? MissingFact(string id) =>
            graph.Relationships.Any(x => x.Id == id) ? null : $"no relationship with id '{id}'{Hint(id, graph.Relationships.Select(r => r.Id))}";
        switch (entry.Action)
        {
            case ReviewAction.Merge:
                if (entry.Into == entry.From) return "cannot merge an entity into itself";
                return Missing(entry.Into!) ?? Missing(entry.From!);
            case ReviewAction.Rename:
                if (Missing(entry.From!) is { } r) return r;
                if (!Ids.IsValid(entry.To!)) return $"'{entry.To}' is not a valid id ({Ids.Rule})";
                return graph.EntitiesById.ContainsKey(entry.To!) ? $"id '{entry.To}' is already taken; use 'review merge' to combine two entities" : null;
            case ReviewAction.Retype:
                if (Missing(entry.Entity!) is { } t) return t;
                var types = vocabulary.EntityTypes.Select(x => x.Name).ToList();
                if (!vocabulary.IsEntityType(entry.Type!))
                    return ClosestName.Among(entry.Type!, types) is { } hint
                        ? $"unknown entity type '{entry.Type}'; did you mean '{hint}'?"
                        : $"unknown entity type '{entry.Type}' (known: {string.Join(", ", types)})";
                return graph.EntitiesById[entry.Entity!].Type == entry.Type ? $"'{entry.Entity}' is already a {entry.Type}" : null;
            case ReviewAction.Distinct:
                if (entry.Entity == entry.Other) return "an entity cannot be distinct from itself";
                return Missing(entry.Entity!) ?? Missing(entry.Other!);
            case ReviewAction.Attach:
                if (entry.Relationship == entry.Onto) return "cannot attach a relationship onto itself";
                return MissingFact(entry.Relationship!) ?? MissingFact(entry.Onto!);
            default:
                return MissingFact(entry.Relationship!);
        }
    }

    private static string Hint(string id, IEnumerable<string> known) => ClosestName.Among(id, known) is { } hint ? $"; did you mean '{hint}'?" : "";
}
