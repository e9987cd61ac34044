using KGraph.Cli.Commands;

namespace KGraph.Cli.Tests.Commands;

[Collection("review clock")]
public class ReviewCommandTests
{
    private const string Curated = "kgraph: 1\nentities:\n  - {id: elon-musk, type: Person, name: Elon Musk}\n  - {id: openai, type: Organization, name: " +
        "OpenAI}\nrelationships:\n  - {from: elon-musk, type: SUED, to: openai, start: 2024-02}\n";
    private const string Extracted = "kgraph: 1\nentities:\n  - {id: 马斯克, type: Person, name: 马斯克}\n";

    private static TempFolder DataRoot()
    {
        var root = new TempFolder();
        root.Write("curated/a.yaml", Curated);
        root.Write("extracted/x.yaml", Extracted);
        ReviewCommand.Clock = new FixedClock();
        return root;
    }

    [Fact]
    public void Merge_appends_one_decision_and_the_next_load_applies_it()
    {
        using var root = DataRoot();
        var before = root.Snapshot();
        var (exit, _, stderr) = Cli.Run("review", "merge", "elon-musk", "马斯克", "--data", root.Path, "--by", "ana", "--reason", "same person");
        Assert.Equal(0, exit);
        Assert.Equal($"recorded in {root["reviews.yaml"]}: {{action: merge, into: elon-musk, from: 马斯克, reason: same person, by: ana, " +
            $"at: '2026-11-28T10:00:00Z'}}\n", stderr);
        Assert.EndsWith("reviews:\n  - {action: merge, into: elon-musk, from: 马斯克, reason: same person, by: ana, at: '2026-11-28T10:00:00Z'}\n",
            File.ReadAllText(root["reviews.yaml"]));
        // Only the log was written: the curated and extracted files are byte-for-byte the same.
        Assert.Equal(before, root.Snapshot().Where(f => !f.Key.EndsWith("reviews.yaml", StringComparison.Ordinal)).ToDictionary());

        var (validate, _, summary) = Cli.Run("validate", root.Path);
        Assert.Equal((0, "ok: 2 files, 2 entities, 1 relationships, 0 documents\n"), (validate, summary));
    }

    [Fact]
    public void Reject_refuses_an_unknown_relationship_id_and_writes_nothing()
    {
        using var root = DataRoot();
        var (exit, _, stderr) = Cli.Run("review", "reject", "elon-musk.sued.openai", "--data", root.Path);
        Assert.Equal((2, "kgraph: no relationship with id 'elon-musk.sued.openai'\n"), (exit, stderr));
        Assert.False(File.Exists(root["reviews.yaml"]));
    }

    [Fact]
    public void Reject_records_a_known_relationship()
    {
        using var root = DataRoot();
        var (exit, _, _) = Cli.Run("review", "reject", "elon-musk.sued.openai.2024-02", "--data", root.Path, "--by", "ana");
        Assert.Equal(0, exit);
        var (_, list, _) = Cli.Run("review", "list", "--data", root.Path);
        Assert.Equal("5: {action: reject, relationship: elon-musk.sued.openai.2024-02, by: ana, at: '2026-11-28T10:00:00Z'}\n", list);
    }

    [Fact]
    public void Merging_entities_of_different_types_records_a_retype_then_the_merge_and_the_next_load_applies_both()
    {
        using var root = DataRoot();
        root.Write("extracted/y.yaml", "kgraph: 1\nentities:\n  - {id: open-ai, type: Product, name: Open AI}\n");
        var (exit, _, stderr) = Cli.Run("review", "merge", "openai", "open-ai", "--data", root.Path, "--by", "ana");
        Assert.Equal((0,
            $"recorded in {root["reviews.yaml"]}: {{action: retype, entity: open-ai, type: Organization, by: ana, at: '2026-11-28T10:00:00Z'}}\n" +
            $"recorded in {root["reviews.yaml"]}: {{action: merge, into: openai, from: open-ai, by: ana, at: '2026-11-28T10:00:00Z'}}\n"), (exit, stderr));
        var (validate, _, summary) = Cli.Run("validate", root.Path);
        Assert.Equal((0, "ok: 3 files, 3 entities, 1 relationships, 0 documents\n"), (validate, summary));
    }

    [Fact]
    public void Retype_distinct_and_attach_are_recorded_and_replayed()
    {
        using var root = DataRoot();
        root.Write("extracted/y.yaml", "kgraph: 1\nentities:\n  - {id: musk, type: Person, name: Musk}\n" +
            "relationships:\n  - {from: musk, type: CRITICIZED, to: openai, confidence: 0.5}\n");
        Assert.Equal(0, Cli.Run("review", "distinct", "musk", "elon-musk", "--data", root.Path).Exit);
        Assert.Equal(0, Cli.Run("review", "retype", "musk", "Organization", "--data", root.Path).Exit);
        Assert.Equal(0, Cli.Run("review", "attach", "musk.criticized.openai", "elon-musk.sued.openai.2024-02", "--data", root.Path).Exit);

        var (_, list, _) = Cli.Run("review", "list", "--data", root.Path);
        Assert.Equal(
            "5: {action: distinct, entity: musk, other: elon-musk, at: '2026-11-28T10:00:00Z'}\n" +
            "6: {action: retype, entity: musk, type: Organization, at: '2026-11-28T10:00:00Z'}\n" +
            "7: {action: attach, relationship: musk.criticized.openai, onto: elon-musk.sued.openai.2024-02, at: '2026-11-28T10:00:00Z'}\n",
            list.Replace(", by: " + Environment.GetEnvironmentVariable("USER"), "", StringComparison.Ordinal));
        var (validate, _, summary) = Cli.Run("validate", root.Path);
        Assert.Equal((0, "ok: 3 files, 4 entities, 1 relationships, 0 documents\n"), (validate, summary));
    }

    [Theory]
    [InlineData("retype elon-msuk Organization", "no entity with id 'elon-msuk'; did you mean 'elon-musk'?")]
    [InlineData("retype elon-musk Organisation", "unknown entity type 'Organisation'; did you mean 'Organization'?")]
    [InlineData("retype elon-musk Robot", "unknown entity type 'Robot' (known: Person, Organization, Product, Place)")]
    [InlineData("retype elon-musk Person", "'elon-musk' is already a Person")]
    [InlineData("distinct elon-musk elon-musk", "an entity cannot be distinct from itself")]
    [InlineData("distinct elon-musk opneai", "no entity with id 'opneai'; did you mean 'openai'?")]
    [InlineData("attach elon-musk.sued.openai.2024-2 elon-musk.sued.openai.2024-02",
        "no relationship with id 'elon-musk.sued.openai.2024-2'; did you mean 'elon-musk.sued.openai.2024-02'?")]
    [InlineData("attach elon-musk.sued.openai.2024-02 elon-musk.sued.openai.2024-02", "cannot attach a relationship onto itself")]
    [InlineData("reject elon-musk.sude.openai.2024-02",
        "no relationship with id 'elon-musk.sude.openai.2024-02'; did you mean 'elon-musk.sued.openai.2024-02'?")]
    public void A_decision_naming_a_mistyped_id_or_type_is_refused_with_a_suggestion_and_writes_nothing(string words, string message)
    {
        using var root = DataRoot();
        var (exit, _, stderr) = Cli.Run([.. words.Split(' ').Prepend("review"), "--data", root.Path]);
        Assert.Equal((2, $"kgraph: {message}\n"), (exit, stderr));
        Assert.False(File.Exists(root["reviews.yaml"]));
    }

    [Fact]
    public void A_merge_of_two_entities_declared_distinct_is_refused_naming_the_decision()
    {
        using var root = DataRoot();
        Assert.Equal(0, Cli.Run("review", "distinct", "elon-musk", "马斯克", "--data", root.Path).Exit);
        var (exit, _, stderr) = Cli.Run("review", "merge", "elon-musk", "马斯克", "--data", root.Path);
        Assert.Equal((2, $"kgraph: '马斯克' and 'elon-musk' were declared distinct at {root["reviews.yaml"]}:5:5; " +
            $"remove that decision to merge them\n"), (exit, stderr));
    }

    [Fact]
    public void Rename_refuses_an_id_that_is_taken_or_malformed()
    {
        using var root = DataRoot();
        Assert.Equal((2, "", "kgraph: id 'openai' is already taken; use 'review merge' to combine two entities\n"),
            Cli.Run("review", "rename", "elon-musk", "openai", "--data", root.Path));
        Assert.Equal((2, "", "kgraph: 'Elon Musk' is not a valid id (lower-case letters of any script, digits, '-', '.', '_'; " +
            "starting with a letter or digit)\n"), Cli.Run("review", "rename", "elon-musk", "Elon Musk", "--data", root.Path));
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    }
}
