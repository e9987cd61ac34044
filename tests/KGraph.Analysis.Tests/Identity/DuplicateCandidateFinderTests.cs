using KGraph.Analysis.Identity;
using KGraph.Model;
using KGraph.Reviews;

namespace KGraph.Analysis.Tests.Identity;

public class DuplicateCandidateFinderTests
{
    private static readonly DuplicateCandidateFinder Finder = DuplicateCandidateFinder.BuiltIn;

    private static KnowledgeGraph Family() => Some.Graph(
        [
            Some.Person("daniela-amodei", "Daniela Amodei", "丹妮拉·阿莫迪"),
            Some.Person("dario-amodei", "Dario Amodei", "达里奥·阿莫迪"),
            Some.Person("elon-musk", "Elon Musk"),
            Some.Person("kimbal-musk", "Kimbal Musk"),
            Some.Organization("anthropic", "Anthropic"),
            Some.Organization("tesla", "Tesla"),
        ],
        Some.Relationship("daniela-amodei", "FOUNDED", "anthropic"),
        Some.Relationship("dario-amodei", "FOUNDED", "anthropic"),
        Some.Relationship("daniela-amodei", "FAMILY", "dario-amodei"),
        Some.Relationship("elon-musk", "LEADS", "tesla"),
        Some.Relationship("kimbal-musk", "MEMBER_OF", "tesla"));

    [Fact]
    public void Siblings_who_share_a_family_name_and_a_company_score_nothing_and_are_not_listed()
    {
        var graph = Family();
        var siblings = Finder.Score(graph, "dario-amodei", "daniela-amodei")!;
        Assert.Equal(("daniela-amodei", "dario-amodei", 0.0), (siblings.First, siblings.Second, siblings.Score));
        Assert.Equal(
            [new("shared name part 'amodei'", 0.1), new("related to each other (FAMILY)", -0.3), new("both FOUNDED anthropic", 0.15)],
            siblings.Reasons);
        var brothers = Finder.Score(graph, "elon-musk", "kimbal-musk")!;
        Assert.Equal(0.15, brothers.Score);
        Assert.Equal([new("shared name part 'musk'", 0.1), new("both linked to tesla", 0.05)], brothers.Reasons);
        Assert.Empty(Finder.Find(graph, ReviewedPairs.None));
    }

    [Fact]
    public void A_transliterated_name_with_the_same_title_at_the_same_company_is_a_strong_candidate()
    {
        var graph = Some.Graph(
            [
                Some.Person("jensen-huang", "Jensen Huang", "黄仁勋", "Jen-Hsun Huang"),
                Some.Person("杰森-黄", "杰森·黄"),
                Some.Person("黄仁勋-2", "黄仁勋"),
                Some.Organization("nvidia", "Nvidia"),
            ],
            Some.Relationship("jensen-huang", "LEADS", "nvidia") with { Role = "CEO" },
            Some.Relationship("杰森-黄", "LEADS", "nvidia") with { Role = "ceo" });

        var found = Finder.Find(graph, ReviewedPairs.None);

        Assert.Equal(
            [
                ("jensen-huang", "杰森-黄", 0.9),
                ("jensen-huang", "黄仁勋-2", 0.3),
            ],
            found.Select(c => (c.First, c.Second, c.Score)));
        Assert.Equal(
            [new("'杰森·黄' reads as 'Jensen Huang'", 0.55), new("both LEADS nvidia", 0.15), new("both ceo at nvidia (LEADS)", 0.2)],
            found[0].Reasons);
        // The same name with nothing else in common: a person's one-word name counts half. 杰森·黄 and 黄仁勋 share
        // no name, so they meet only through Jensen Huang, whose names hold both readings.
        Assert.Equal([new("same name '黄仁勋' (one word only)", 0.3)], found[1].Reasons);
    }

    [Fact]
    public void Pairs_already_merged_or_marked_distinct_in_the_log_are_skipped_in_either_order()
    {
        var graph = Some.Graph(
            [Some.Person("larry-page", "Larry Page"), Some.Person("拉里-佩奇", "拉里·佩奇"), Some.Person("larry-page-2", "Larry  PAGE")]);
        Assert.Equal(3, Finder.Find(graph, ReviewedPairs.None).Count);

        var log = new ReviewedPairs(
        [
            new ReviewEntry(ReviewAction.Merge, Into: "拉里-佩奇", From: "larry-page"),
            new ReviewEntry(ReviewAction.Distinct, Entity: "larry-page-2", Other: "larry-page"),
            new ReviewEntry(ReviewAction.Reject, Relationship: "larry-page-2.founded.google"),
        ]);
        Assert.Equal(2, log.Count);
        var left = Assert.Single(Finder.Find(graph, log));
        Assert.Equal(("larry-page-2", "拉里-佩奇", 0.55), (left.First, left.Second, left.Score));
    }

    [Fact]
    public void Different_types_cost_half_a_point()
    {
        var graph = Some.Graph([Some.Person("apple-person", "Apple Seed"), Some.Organization("apple-seed", "Apple Seed Inc.")]);
        var pair = Finder.Score(graph, "apple-seed", "apple-person")!;
        Assert.Equal(("apple-person", "apple-seed", 0.0), (pair.First, pair.Second, pair.Score));
        Assert.Equal([new("same name spelled 'Apple Seed' / 'Apple Seed Inc.'", 0.5), new("types differ: Person / Organization", -0.5)], pair.Reasons);
    }

    [Fact]
    public void A_hostile_name_of_many_parts_is_not_expanded_into_every_reading()
    {
        var long50 = string.Join('·', Enumerable.Repeat("拉里", 50));
        var graph = Some.Graph([Some.Person("a", long50), Some.Person("b", "Larry Page"), Some.Person("c", "拉里·佩奇")]);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = Finder.Find(graph, ReviewedPairs.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal([("b", "c", 0.55)], found.Select(c => (c.First, c.Second, c.Score)));
    }

    [Fact]
    public void Names_with_nothing_in_common_are_no_candidates()
    {
        var graph = Some.Graph([Some.Person("a", "Sam Altman"), Some.Person("b", "Greg Brockman")]);
        Assert.Null(Finder.Score(graph, "a", "b"));
        Assert.Empty(Finder.Find(graph, ReviewedPairs.None));
    }
}
