using KGraph.Extraction.Proposals;
using KGraph.Extraction.Reading;

namespace KGraph.Extraction.Tests.Output;

/// <summary>A defect met while extracting one article fails that article with its reason; the other articles are still written.</summary>
public class ArticleFailureTests
{
    /// <summary>A proposer that breaks (as a defect would) on articles whose text holds "boom", and proposes nothing elsewhere.</summary>
    private sealed class BreakingProposer : IFactProposer
    {
        public string Fingerprint => "breaking";

        public int Parallelism => 1;

        public Task<ProposalSet> ProposeAsync(ArticleText article, CancellationToken cancellationToken = default) =>
            article.Text.Contains("boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException("index out of range at 42")
                : Task.FromResult(new ProposalSet([], [], ProposalUsage.None, []));
    }

    [Fact]
    public void An_article_that_meets_a_defect_fails_alone_and_the_others_are_written()
    {
        var folder = Some.TempDirectory();
        var good = Path.Combine(folder, "good.en.txt");
        var bad = Path.Combine(folder, "bad.en.txt");
        File.WriteAllText(good, "Ada Lindqvist joined Norda Bank.\n");
        File.WriteAllText(bad, "boom: Ada Lindqvist joined Norda Bank.\n");
        var extractor = new ArticleExtractor([], new ExtractorOptions { Proposer = new BreakingProposer() });

        var outcomes = new ExtractionRunner(extractor).Run([good, bad], Path.Combine(folder, "out"));

        Assert.Null(outcomes[0].Problem);
        Assert.True(File.Exists(Path.Combine(folder, "out", "good.en.yaml")));
        Assert.Equal("extraction failed (InvalidOperationException: index out of range at 42); nothing written. " +
            "This is a defect in kgraph: please report it with the article", outcomes[1].Problem);
        Assert.False(File.Exists(Path.Combine(folder, "out", "bad.en.yaml")));
    }
}
