using KGraph.Analysis.Identity;
using KGraph.Analysis.Queue;
using KGraph.Cli.Commands;
using KGraph.Cli.Review;
using KGraph.Reviews;
using Spectre.Console.Testing;

namespace KGraph.Cli.Tests.Commands;

public class InteractiveReviewTests
{
    private const string At = "by: ana, at: '2026-11-28T10:00:00Z'";

    private static ReviewData Read(TempFolder root) =>
        ReviewData.Read(root.Path, new CliOutput(new StringWriter(), new StringWriter(), json: false))!;

    private static (InteractiveReview.Outcome Outcome, string Screen) Walk(TempFolder root, bool facts, bool pairs, params char[] keys)
    {
        var data = Read(root);
        var console = new TestConsole().Width(200);
        foreach (var key in keys) console.Input.PushCharacter(key);
        var queue = facts ? ReviewQueue.Build(data.Load.Graph, data.Log) : [];
        var candidates = pairs ? DuplicateCandidateFinder.BuiltIn.Find(data.Load.Graph, new ReviewedPairs(data.Log)) : [];
        var outcome = new InteractiveReview(console, data, "ana", new FixedClock()).Run(queue, candidates);
        return (outcome, console.Output);
    }

    [Fact]
    public void Each_answer_is_appended_as_it_is_given_and_skip_records_nothing()
    {
        using var root = ReviewQueueCommandTests.CopyOfSampleData();
        var (outcome, screen) = Walk(root, facts: true, pairs: false, 'a', 'r', 's', 'x', 'a', 'q');
        Assert.Equal(new InteractiveReview.Outcome(3, 1, Quit: true), outcome);
        Assert.Equal(
            ReviewLogWriter.NewFileHeader +
            $"  - {{action: accept, relationship: elon-musk.founded.openai, {At}}}\n" +
            $"  - {{action: reject, relationship: elon-musk.developed.grok-1, {At}}}\n" +
            // The third fact was skipped; 'x' is no answer and waits for one.
            $"  - {{action: accept, relationship: elon-musk.founded.openai.2018-02, {At}}}\n",
            File.ReadAllText(root["reviews.yaml"]));
        Assert.StartsWith(
            "\n1/13 fact elon-musk.founded.openai, priority 0.42\n" +
            "  elon-musk FOUNDED openai, confidence 0.92\n" +
            "    “马斯克是OpenAI的联合创始人之一。” — 2024-03-06-musk-sues-openai.zh [109, 128)\n" +
            "    “他与奥特曼等人共同创办了这家非营利研究机构” — 2024-03-06-musk-sues-openai.zh [137, 158)\n" +
            "a accept  r reject  s skip  q quit\n" +
            $"  recorded: {{action: accept, relationship: elon-musk.founded.openai, {At}}}\n\n2/13 fact ", screen);
        Assert.EndsWith($"stopped: 3 decisions recorded in {root["reviews.yaml"]}, 1 skipped\n", screen);
    }

    [Fact]
    public void Quitting_midway_keeps_the_earlier_answers_and_the_queue_no_longer_holds_them()
    {
        using var root = ReviewQueueCommandTests.CopyOfSampleData();
        Walk(root, facts: true, pairs: false, 'a', 'q');
        var data = Read(root);
        Assert.Equal([new ReviewEntry(ReviewAction.Accept, Relationship: "elon-musk.founded.openai", By: "ana", At: "2026-11-28T10:00:00Z")], data.Log);
        var queue = ReviewQueue.Build(data.Load.Graph, data.Log);
        Assert.Equal((12, "elon-musk.developed.grok-1"), (queue.Count, queue[0].Relationship.Id));
    }

    [Fact]
    public void Skipping_everything_writes_no_log()
    {
        using var root = ReviewQueueCommandTests.CopyOfSampleData();
        var (outcome, _) = Walk(root, facts: true, pairs: true, 's', 's', 's', 'q');
        Assert.Equal(new InteractiveReview.Outcome(0, 3, Quit: true), outcome);
        Assert.False(File.Exists(root["reviews.yaml"]));
    }

    [Fact]
    public void A_pair_is_merged_or_marked_not_the_same_and_decided_pairs_are_not_asked_again()
    {
        using var root = ReviewQueueCommandTests.CopyOfSampleData();
        var (outcome, screen) = Walk(root, facts: false, pairs: true, 'm', 'n', 'q');
        Assert.Equal(new InteractiveReview.Outcome(2, 0, Quit: true), outcome);
        Assert.Equal(
            ReviewLogWriter.NewFileHeader +
            $"  - {{action: merge, into: larry-page, from: 拉里-佩奇, {At}}}\n" +
            $"  - {{action: distinct, entity: chatgpt, other: gpt-3, {At}}}\n",
            File.ReadAllText(root["reviews.yaml"]));
        Assert.Contains("1/5 same entity? score 0.70\n  larry-page: Larry Page, Person\n    larry-page FOUNDED google, confidence 0.96\n", screen);
        Assert.Contains("  +0.55 '拉里·佩奇' reads as 'Larry Page'\n  +0.15 both FOUNDED google\n" +
            "m merge (keep larry-page)  n not the same  s skip  q quit\n", screen);

        var data = Read(root);
        Assert.Equal(["Larry Page", "拉里·佩奇"], data.Load.Graph.EntitiesById["larry-page"].AllNames().Distinct());
        Assert.False(data.Load.Graph.EntitiesById.ContainsKey("拉里-佩奇"));
        Assert.Equal(
            [("chatgpt", "gpt-3-5"), ("gpt-3", "gpt-3-5"), ("grok", "grok-1")],
            DuplicateCandidateFinder.BuiltIn.Find(data.Load.Graph, new ReviewedPairs(data.Log)).Select(c => (c.First, c.Second)));
    }

    [Fact]
    public void Names_with_markup_are_shown_as_written()
    {
        using var root = new TempFolder();
        root.Write("extracted/a.yaml",
            "kgraph: 1\nentities:\n  - {id: evil, type: Person, name: '[red]Evil[/] Smith'}\n  - {id: eve, type: Person, name: Eve Smith}\n" +
            "  - {id: acme, type: Organization, name: Acme}\nrelationships:\n  - {from: evil, type: WORKS_AT, to: acme, confidence: 0.5, status: extracted}\n" +
            "  - {from: eve, type: WORKS_AT, to: acme, confidence: 0.5, status: extracted}\n");
        var (outcome, screen) = Walk(root, facts: false, pairs: true, 'n');
        Assert.Equal(new InteractiveReview.Outcome(1, 0, Quit: false), outcome);
        Assert.Contains("\n1/1 same entity? score 0.25\n  eve: Eve Smith, Person\n    eve WORKS_AT acme, confidence 0.5\n      (no evidence recorded)\n" +
            "  evil: [red]Evil[/] Smith, Person\n", screen);
        Assert.Equal(ReviewLogWriter.NewFileHeader + $"  - {{action: distinct, entity: eve, other: evil, {At}}}\n", File.ReadAllText(root["reviews.yaml"]));
    }

    [Fact]
    public void Without_a_terminal_review_prints_the_queue_and_asks_nothing()
    {
        using var root = ReviewQueueCommandTests.CopyOfSampleData();
        var (exit, stdout, stderr) = Cli.Run("review", "--data", root.Path);
        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("1. elon-musk.founded.openai, priority 0.42", stdout);
        Assert.EndsWith("13 of 13 facts waiting; " + ReviewQueueCommandTests.Advice, stdout);
        Assert.Equal(stdout, Cli.Run("review", "--data", root.Path, "--no-interactive").Out);
        Assert.False(File.Exists(root["reviews.yaml"]));
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    }
}
