using KGraph.Model;
using KGraph.Reviews;
using KGraph.Store;

namespace KGraph.Core.Tests.Reviews;

public class ReviewReplayTests
{
    private const string Curated = """
        kgraph: 1
        entities:
          - {id: elon-musk, type: Person, name: Elon Musk, aliases: [Musk]}
          - {id: openai, type: Organization, name: OpenAI}
        """;

    private const string Extracted = """
        kgraph: 1
        entities:
          - {id: e-musk, type: Person, name: E. Musk}
          - {id: open-ai-inc, type: Organization, name: Open AI Inc.}
        relationships:
          - {from: e-musk, type: SUED, to: open-ai-inc, start: 2024-03, confidence: 0.7}
          - {from: e-musk, type: FOUNDED, to: open-ai-inc, start: 2015, confidence: 0.6}
        """;

    private static LoadResult Load(TempFolder root) => GraphLoader.Load([root.Path], new LoadOptions { Texts = null });

    [Fact]
    public void Decisions_survive_re_extraction_because_they_are_replayed_in_order()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", Extracted));
        var log = root["reviews.yaml"];
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Merge, Into: "elon-musk", From: "e-musk"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Merge, Into: "openai", From: "open-ai-inc"));
        ReviewLogWriter.Append(log,
            new ReviewEntry(ReviewAction.Reject, Relationship: "elon-musk.founded.openai.2015", Reason: "he co-founded it; the article was vague"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Accept, Relationship: "elon-musk.sued.openai.2024-03"));

        var first = Load(root);
        root.Write("extracted/x.yaml", Extracted); // the extractor runs again and rewrites its file
        var second = Load(root);

        foreach (var result in new[] { first, second })
        {
            Assert.Empty(result.Diagnostics);
            Assert.Equal(["elon-musk", "openai"], result.Graph.Entities.Select(e => e.Id));
            Assert.Equal(["E. Musk"], result.Graph.EntitiesById["elon-musk"].Aliases.Skip(1));
            Assert.Equal(
                [("elon-musk.founded.openai.2015", RelationshipStatus.Rejected), ("elon-musk.sued.openai.2024-03", RelationshipStatus.Reviewed)],
                result.Graph.Relationships.Select(r => (r.Id, r.Status)));
        }
    }

    [Fact]
    public void A_rename_moves_the_entity_and_its_relationships()
    {
        using var root = Some.DataRoot(("extracted/x.yaml", Extracted));
        ReviewLogWriter.Append(root["reviews.yaml"], new ReviewEntry(ReviewAction.Rename, From: "e-musk", To: "elon-musk"));
        var result = Load(root);
        Assert.Equal(["elon-musk", "open-ai-inc"], result.Graph.Entities.Select(e => e.Id));
        Assert.All(result.Graph.Relationships, r => Assert.Equal("elon-musk", r.From));
    }

    [Fact]
    public void A_rename_back_and_a_chain_of_renames_replay_and_leave_a_log_that_still_loads()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", Extracted));
        var log = root["reviews.yaml"];
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "e-musk", To: "musk-e"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "musk-e", To: "e-musk"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "open-ai-inc", To: "oai"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "oai", To: "oai-2"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "oai-2", To: "open-ai-inc"));
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "open-ai-inc", To: "openai-inc"));

        var load = Load(root);

        Assert.DoesNotContain(load.Diagnostics, d => d.Severity == KGraph.Diagnostics.Severity.Error);
        Assert.Equal(["e-musk", "elon-musk", "openai", "openai-inc"], load.Graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["e-musk.founded.openai-inc.2015", "e-musk.sued.openai-inc.2024-03"],
            load.Graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rename_onto_another_entitys_id_is_still_refused()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated), ("extracted/x.yaml", Extracted));
        var log = root["reviews.yaml"];
        ReviewLogWriter.Append(log, new ReviewEntry(ReviewAction.Rename, From: "e-musk", To: "openai"));

        var load = Load(root);

        Assert.Equal(["rename: id 'openai' is already taken; use merge to combine two entities"],
            load.Diagnostics.Where(d => d.Severity == KGraph.Diagnostics.Severity.Error).Select(d => d.Message));
    }

    [Fact]
    public void A_decision_about_something_no_longer_in_the_data_is_a_warning_not_an_error()
    {
        using var root = Some.DataRoot(("curated/a.yaml", Curated));
        root.Write("reviews.yaml", "kgraph: 1\nreviews:\n  - {action: reject, relationship: gone.sued.openai}\n");
        var result = Load(root);
        Assert.False(result.HasErrors);
        Assert.Equal([$"{root["reviews.yaml"]}:3:36: warning: reject: relationship 'gone.sued.openai' is not in the data; review skipped"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Appending_keeps_the_existing_bytes_and_adds_one_line()
    {
        using var root = Some.DataRoot(("reviews.yaml",
            "# my notes, keep them\nkgraph: 1\nreviews:\n  - {action: accept, relationship: a.sued.b}  # checked in court records\n"));
        ReviewLogWriter.Append(root["reviews.yaml"],
            new ReviewEntry(ReviewAction.Merge, Into: "a", From: "b", Reason: "same person: \"Bob\"", By: "ana", At: "2026-11-28T10:00:00Z"));
        Assert.Equal(
            "# my notes, keep them\nkgraph: 1\nreviews:\n  - {action: accept, relationship: a.sued.b}  # checked in court records\n" +
            "  - {action: merge, into: a, from: b, reason: 'same person: \"Bob\"', by: ana, at: '2026-11-28T10:00:00Z'}\n",
            File.ReadAllText(root["reviews.yaml"]));
    }

    [Fact]
    public void Appending_to_a_log_that_does_not_end_in_its_list_is_refused_and_changes_nothing()
    {
        const string odd = "kgraph: 1\nreviews: []\n";
        using var root = Some.DataRoot(("reviews.yaml", odd));
        var error = Assert.Throws<InvalidOperationException>(() => ReviewLogWriter.Append(root["reviews.yaml"],
            new ReviewEntry(ReviewAction.Accept, Relationship: "r")));
        Assert.Equal($"{root["reviews.yaml"]}: cannot append a review: the file must end with its block list 'reviews:' (the result would not read back as " +
            $"one more review)", error.Message);
        Assert.Equal(odd, File.ReadAllText(root["reviews.yaml"]));
    }

    [Fact]
    public void A_review_with_an_unknown_action_or_missing_field_is_reported()
    {
        var bag = new KGraph.Diagnostics.DiagnosticBag();
        ReviewLogReader.Parse("r.yaml", "kgraph: 1\nreviews:\n  - {action: delete, relationship: x}\n  - {action: merge, into: a}\n", bag);
        Assert.Equal(["r.yaml:3:14: 'action' must be merge, rename, reject, accept, retype, distinct or attach, not 'delete'",
            "r.yaml:4:5: a merge review needs 'from'"], bag.Sorted().Select(d => d.ToString()));
    }
}
