using KGraph.Diagnostics;
using KGraph.Reviews;
using KGraph.Tests;

namespace KGraph.Core.Tests.Reviews;

public class ReviewLogWriterTests
{
    [Fact]
    public void Decisions_recorded_at_the_same_time_all_survive()
    {
        using var folder = new TempFolder();
        var log = folder["reviews.yaml"];

        // Eight writers of ten decisions each, all at once: without the lock, one read-modify-write overwrote another.
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, writer =>
        {
            for (var k = 0; k < 10; k++)
                ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Reject, Relationship: $"r{writer}-{k}"));
        });

        var bag = new DiagnosticBag();
        var entries = ReviewLogReader.Parse(log, File.ReadAllText(log), bag);
        Assert.False(bag.HasErrors);
        Assert.Equal(80, entries.Count);
        Assert.Equal(80, entries.Select(e => e.Value.Relationship).Distinct().Count());
    }

    [Fact]
    public void Appending_keeps_the_files_byte_order_mark()
    {
        using var folder = new TempFolder();
        var log = folder.WriteBytes("reviews.yaml",
            [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("kgraph: 1\nreviews:\n  - {action: reject, relationship: a}\n")]);

        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Reject, Relationship: "b"));

        Assert.Equal([0xEF, 0xBB, 0xBF,
            .. System.Text.Encoding.UTF8.GetBytes("kgraph: 1\nreviews:\n  - {action: reject, relationship: a}\n  - {action: reject, relationship: " +
                "b}\n")], File.ReadAllBytes(log));
    }
}
