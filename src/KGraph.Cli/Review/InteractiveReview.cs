using System.CommandLine;
using System.Globalization;
using KGraph.Analysis.Identity;
using KGraph.Analysis.Queue;
using KGraph.Cli.Commands;
using KGraph.Cli.Output;
using KGraph.Model;
using KGraph.Reviews;
using Spectre.Console;

namespace KGraph.Cli.Review;

/// <summary>
/// <c>kgraph review</c> with no subcommand: at a terminal, walks the review queue and then the duplicate candidates,
/// one fact or pair at a time with its evidence, and records each answer in reviews.yaml the moment it is given, so
/// quitting loses nothing. Facts come first: their ids are the ones in the log until a merge changes them.
/// Without a terminal (stdin or stdout redirected) or with <c>--no-interactive</c> it prints the queue and exits 0.
/// </summary>
internal sealed class InteractiveReview(IAnsiConsole console, ReviewData data, string? by, TimeProvider clock)
{
    /// <summary>How the walk ended: the decisions recorded, and whether the person quit before the end.</summary>
    public sealed record Outcome(int Recorded, int Skipped, bool Quit);

    private const int NonInteractiveLimit = 20;

    /// <summary>Gives the <c>review</c> command its own action (registered in <see cref="ReviewCommand.Create"/>).</summary>
    public static void Attach(Command review)
    {
        var data = ReviewData.RootOption();
        var noInteractive = new Option<bool>("--no-interactive")
        {
            Description = "Print the review queue instead of asking (the default when stdin or stdout is not a terminal)",
        };
        var by = new Option<string?>("--by") { Description = "Who decides (kept in the log; default: $USER)" };
        review.Options.Add(data);
        review.Options.Add(noInteractive);
        review.Options.Add(by);
        review.SetAction(result =>
        {
            var io = CliOutput.From(result);
            if (ReviewData.Read(result.GetValue(data)!, io) is not { } review) return ExitCodes.InvalidData;
            var queue = ReviewQueue.Build(review.Load.Graph, review.Log);
            if (result.GetValue(noInteractive) || Console.IsInputRedirected || !io.OutIsTerminal)
            {
                ReviewQueueCommand.Print(io.Out, queue.Take(NonInteractiveLimit).ToList(), queue.Count, review.Load.Graph);
                return ExitCodes.Ok;
            }
            var candidates = DuplicateCandidateFinder.BuiltIn.Find(review.Load.Graph, new ReviewedPairs(review.Log));
            var who = result.GetValue(by) ?? Environment.GetEnvironmentVariable("USER");
            new InteractiveReview(AnsiConsole.Console, review, who, ReviewCommand.Clock).Run(queue, candidates);
            return ExitCodes.Ok;
        });
    }

    public Outcome Run(IReadOnlyList<QueueItem> queue, IReadOnlyList<DuplicateCandidate> candidates)
    {
        var (recorded, skipped) = (0, 0);
        var mergedAway = new HashSet<string>(StringComparer.Ordinal);
        var total = queue.Count + candidates.Count;
        var step = 0;
        foreach (var item in queue)
        {
            ShowFact(++step, total, item);
            var key = Ask("[green]a[/] accept  [red]r[/] reject  [grey]s[/] skip  [grey]q[/] quit", 'a', 'r', 's', 'q');
            if (key == 'q') return Done(recorded, skipped, quit: true);
            if (key == 's')
            {
                skipped++;
                continue;
            }
            var action = key == 'a' ? ReviewAction.Accept : ReviewAction.Reject;
            Record(new ReviewEntry(action, Relationship: item.Relationship.Id));
            recorded++;
        }
        foreach (var pair in candidates)
        {
            step++;
            // A pair whose entity this session merged into another is no longer there to decide.
            if (mergedAway.Contains(pair.First) || mergedAway.Contains(pair.Second)) continue;
            var (keep, other) = KeepAndOther(pair);
            var sameType = keep.Type == other.Type;
            ShowPair(step, total, pair);
            var key = sameType
                ? Ask($"[green]m[/] merge (keep {Markup.Escape(keep.Id)})  [red]n[/] not the same  [grey]s[/] skip  [grey]q[/] quit", 'm', 'n', 's', 'q')
                : Ask("[red]n[/] not the same  [grey]s[/] skip  [grey]q[/] quit (the types differ: retype one before merging)", 'n', 's', 'q');
            if (key == 'q') return Done(recorded, skipped, quit: true);
            if (key == 's')
            {
                skipped++;
                continue;
            }
            if (key == 'm')
            {
                Record(new ReviewEntry(ReviewAction.Merge, Into: keep.Id, From: other.Id));
                mergedAway.Add(other.Id);
            }
            else Record(new ReviewEntry(ReviewAction.Distinct, Entity: pair.First, Other: pair.Second));
            recorded++;
        }
        return Done(recorded, skipped, quit: false);
    }

    private Outcome Done(int recorded, int skipped, bool quit)
    {
        console.WriteLine($"{(quit ? "stopped" : "done")}: {recorded} decisions recorded in {data.LogPath}, {skipped} skipped");
        return new Outcome(recorded, skipped, quit);
    }

    /// <summary>The entity with more facts is kept (the first in id order when even): its id is the one more data already uses.</summary>
    private (Entity Keep, Entity Other) KeepAndOther(DuplicateCandidate pair)
    {
        var graph = data.Load.Graph;
        int Facts(string id) => graph.Relationships.Count(r => r.From == id || r.To == id);
        var (a, b) = (graph.EntitiesById[pair.First], graph.EntitiesById[pair.Second]);
        return Facts(b.Id) > Facts(a.Id) ? (b, a) : (a, b);
    }

    private void ShowFact(int step, int total, QueueItem item)
    {
        console.WriteLine();
        var priority = item.Priority.ToString("0.00", CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]{step}/{total} fact[/] {Text(item.Relationship.Id)}, priority {priority}");
        console.MarkupLine($"  {Text(ReviewQueueCommand.Fact(item.Relationship))}");
        foreach (var line in ReviewQueueCommand.EvidenceLines(item.Relationship)) console.MarkupLine($"    {Text(line)}");
    }

    private void ShowPair(int step, int total, DuplicateCandidate pair)
    {
        var graph = data.Load.Graph;
        console.WriteLine();
        console.MarkupLine($"[bold]{step}/{total} same entity?[/] score {pair.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
        foreach (var id in new[] { pair.First, pair.Second })
        {
            var entity = graph.EntitiesById[id];
            console.MarkupLine($"  {Text(id)}: {Text(string.Join(" / ", entity.AllNames().Distinct()))}, {Text(entity.Type)}");
            foreach (var fact in graph.Relationships.Where(r => r.From == id || r.To == id).Take(3))
            {
                console.MarkupLine($"    {Text(ReviewQueueCommand.Fact(fact))}");
                foreach (var line in ReviewQueueCommand.EvidenceLines(fact).Take(1)) console.MarkupLine($"      {Text(line)}");
            }
        }
        foreach (var reason in pair.Reasons) console.MarkupLine($"  {ReviewCandidatesCommand.Weight(reason.Weight)} {Text(reason.Text)}");
    }

    /// <summary>Waits for one of the keys (others are ignored); no key at all (a console without input) counts as quit.</summary>
    private char Ask(string prompt, params char[] keys)
    {
        console.MarkupLine(prompt);
        while (console.Input.ReadKey(intercept: true) is { } info)
        {
            var key = char.ToLowerInvariant(info.KeyChar);
            if (Array.IndexOf(keys, key) >= 0) return key;
        }
        return 'q';
    }

    private void Record(ReviewEntry decision)
    {
        var entry = decision with { By = by, At = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
        ReviewLogWriter.Append(data.LogPath, entry);
        console.MarkupLine($"  [grey]recorded: {Text(ReviewLogWriter.ToFlowMapping(entry))}[/]");
    }

    /// <summary>Data text as markup: on one line, and its brackets not read as styles.</summary>
    private static string Text(string text) => Markup.Escape(EntityText.OneLine(text));
}
