using System.CommandLine;
using System.Globalization;
using KGraph.Analysis.Queue;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.Cli.Review;
using KGraph.Model;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph review queue</c>: the extracted facts nobody has accepted or rejected, most important first
/// (<see cref="ReviewQueue"/> says how the priority is made), each with its quotes, documents and spans.
/// </summary>
public static class ReviewQueueCommand
{
    private const int DefaultLimit = 20;

    public static Command Create()
    {
        var data = ReviewData.RootOption();
        var json = CommonOptions.Json();
        var limit = ReviewData.LimitOption(DefaultLimit);
        var types = new RelationshipTypeOption();
        var minConfidence = new Option<double?>("--min-confidence") { Description = "Only facts the extractor gave at least this confidence (0..1)" };
        var command = new Command("queue", "Extracted facts waiting for review, most important first") { data, json, limit, types.Option, minConfidence };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var max = ReviewData.Limit(result, limit);
            var min = result.GetValue(minConfidence);
            if (min is < 0 or > 1)
                throw new UsageException($"--min-confidence must be between 0 and 1 (got {min.Value.ToString(CultureInfo.InvariantCulture)})");
            if (ReviewData.Read(result.GetValue(data)!, io) is not { } review) return ExitCodes.InvalidData;
            var filter = new QueueFilter { Types = types.Resolve(result, review.Load.Vocabulary), MinConfidence = min };
            var queue = ReviewQueue.Build(review.Load.Graph, review.Log, filter);
            var shown = queue.Take(max).ToList();
            if (io.Json)
            {
                io.Answer(new QueueJson(queue.Count, shown.Select(q => ItemJson.Of(q, review.Load.Graph)).ToList()));
                return ExitCodes.Ok;
            }
            Print(io.Out, shown, queue.Count, review.Load.Graph);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The queue as text: a numbered fact, its priority and parts, and one line per quote; then how many are waiting.</summary>
    internal static void Print(TextWriter w, IReadOnlyList<QueueItem> shown, int total, KnowledgeGraph graph)
    {
        for (var i = 0; i < shown.Count; i++)
        {
            var q = shown[i];
            var parts = $"uncertainty {Number(q.Uncertainty)}, support {Number(q.Support)}, centrality {Number(q.Centrality)}";
            w.WriteLine($"{i + 1}. {q.Relationship.Id}, priority {Number(q.Priority)} ({parts})");
            w.WriteLine($"   {Fact(q.Relationship)}");
            foreach (var line in EvidenceLines(q.Relationship)) w.WriteLine($"     {line}");
        }
        w.WriteLine(total == 0
            ? "nothing to review: every extracted fact is accepted or rejected"
            : $"{shown.Count} of {total} facts waiting; {Advice}");
    }

    /// <summary>"elon-musk FOUNDED openai, 2015-12, role co-founder, confidence 0.92"; a fact no longer waiting says so ("reviewed").</summary>
    internal static string Fact(Relationship r)
    {
        var parts = new List<string> { $"{r.From} {r.Type} {r.To}" };
        if (r.Start is { } start) parts.Add(r.End is { } end ? $"{start} – {end}" : start.ToString());
        else if (r.End is { } until) parts.Add($"until {until}");
        if (r.Role is { } role) parts.Add("role " + EntityText.OneLine(role));
        if (r.Status != RelationshipStatus.Extracted) parts.Add(r.Status.ToString().ToLowerInvariant());
        if (r.Confidence is { } c) parts.Add($"confidence {c.ToString("0.##", CultureInfo.InvariantCulture)}");
        return string.Join(", ", parts);
    }

    /// <summary>Each quote on one line with the document and span it stands at: "“…” — doc [278, 306)".</summary>
    internal static IEnumerable<string> EvidenceLines(Relationship r) => r.Evidence.Count == 0
        ? ["(no evidence recorded)"]
        : r.Evidence.Select(e => $"“{EntityText.OneLine(e.Quote)}” — {e.Doc} [{e.Span.Start}, {e.Span.End})");

    private const string Advice = "record 'kgraph review accept REL-ID' or 'kgraph review reject REL-ID', or run 'kgraph review' at a terminal";

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed record QueueJson(int Total, IReadOnlyList<ItemJson> Facts);

    private sealed record ItemJson(double Priority, double Uncertainty, double Support, double Centrality, RelationshipJson Relationship)
    {
        public static ItemJson Of(QueueItem q, KnowledgeGraph graph) =>
            new(q.Priority, q.Uncertainty, q.Support, q.Centrality, EntityText.ToJson(q.Relationship, graph));
    }
}
