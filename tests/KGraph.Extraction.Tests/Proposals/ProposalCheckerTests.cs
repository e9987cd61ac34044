using KGraph.Extraction.Output;
using KGraph.Extraction.Proposals;
using KGraph.Extraction.Reading;
using KGraph.Model;

namespace KGraph.Extraction.Tests.Proposals;

/// <summary>Proposed facts as the extractor checks them: quotes and names found after folding, names resolved like extracted ones.</summary>
public class ProposalCheckerTests
{
    /// <summary>Answers every article with <see cref="Next"/>, its facts proposed from the whole article.</summary>
    private sealed class FixedProposer : IFactProposer
    {
        public (ProposedEntity[] Entities, (string From, string Type, string To, string Quote)[] Facts) Next { get; set; }

        public string Fingerprint => "fixed";

        public int Parallelism => 1;

        public Task<ProposalSet> ProposeAsync(ArticleText article, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ProposalSet(Next.Entities,
                [.. Next.Facts.Select(f => new ProposedFact(f.From, f.Type, f.To, f.Quote, "llm:test", 0, article.Text.Length))],
                new ProposalUsage(1, 0, 1, 10, 5), []));
    }

    private static readonly FixedProposer Proposer = new();

    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(
        [new Entity { Id = "acme", Type = "Organization", Name = "Acme", Aliases = ["艾克美"] }],
        new ExtractorOptions { Proposer = Proposer }));

    private static ExtractionResult Extract(string text, ProposedEntity[] entities, params (string, string, string, string)[] facts)
    {
        Proposer.Next = (entities, facts);
        return Extractor.Value.Extract(ArticleReader.FromPlainText("a.txt", text));
    }

    private static Evidence LlmEvidence(ExtractionResult result) => result.Relationships.SelectMany(r => r.Evidence).Single(e => e.Rule == "llm:test");

    [Fact]
    public void A_simplified_quote_and_names_are_found_in_a_traditional_article_and_the_evidence_quotes_the_article()
    {
        var result = Extract("據報導，張一鳴起訴了字節跳動。", [new("张一鸣", "Person"), new("字节跳动", "Organization")], ("张一鸣", "SUED", "字节跳动", "张一鸣起诉了字节跳动"));

        var evidence = LlmEvidence(result);
        Assert.Equal((new TextSpan(4, 14), "張一鳴起訴了字節跳動"), (evidence.Span, evidence.Quote));
        Assert.Equal((new ProposalUsage(1, 0, 1, 10, 5), 1, 1, 0),
            (result.Proposals!.Usage, result.Proposals.Proposed, result.Proposals.Kept, result.Proposals.Dropped.Count));
    }

    [Fact]
    public void A_proposed_name_that_is_a_curated_alias_takes_the_curated_id()
    {
        var result = Extract("艾克美推出了新产品Quillon。", [new("艾克美", "Organization"), new("Quillon", "Product")], ("艾克美", "DEVELOPED", "Quillon", "艾克美推出了新产品Quillon"));

        var developed = result.Relationships.Single(r => r.Evidence.Any(e => e.Rule == "llm:test"));
        Assert.Equal(("acme", "DEVELOPED"), (developed.From, developed.Type));
        Assert.Equal("Quillon", result.Entities.Single(e => e.Id == developed.To).Name);
    }

    [Fact]
    public void A_latin_name_is_found_only_as_a_whole_word()
    {
        var result = Extract("Metaverse fans cheered. Later Meta sued Vexa Labs.", [new("Meta", "Organization"), new("Vexa Labs", "Organization")],
            ("Meta", "SUED", "Vexa Labs", "Meta sued Vexa Labs"));

        var meta = result.Entities.Single(e => e.Name == "Meta");
        Assert.Equal([new TextSpan(30, 34)], meta.Mentions.Select(m => m.Span));
        Assert.Equal(new TextSpan(30, 49), LlmEvidence(result).Span);
    }

    [Fact]
    public void A_fact_whose_names_are_the_same_entity_is_dropped()
    {
        var result = Extract("Acme sued Acme.", [new("Acme", "Organization")], ("Acme", "SUED", "艾克美", "Acme sued Acme"));

        Assert.Equal([new DroppedProposal("Acme SUED 艾克美 \"Acme sued Acme\"", "Acme and 艾克美 are the same entity")], result.Proposals!.Dropped);
        Assert.Empty(result.Relationships);
    }

    [Fact]
    public void Control_characters_in_a_dropped_proposal_are_escaped_before_they_reach_a_terminal()
    {
        var result = Extract("Acme sued Vexa Labs.", [new("Acme\u001b[2J", "Event")], ("Acme", "SUED\u001b[31m", "Vexa Labs", "Acme sued Vexa Labs"));

        Assert.Equal([
            new DroppedProposal("entity Acme\\u001B[2J (Event)", "entity type Event is not in the vocabulary"),
            new DroppedProposal("Acme SUED\\u001B[31m Vexa Labs \"Acme sued Vexa Labs\"", "relationship type SUED\\u001B[31m is not in the vocabulary"),
        ], result.Proposals!.Dropped);
    }

    [Fact]
    public void A_proposer_is_part_of_the_extractor_version_and_without_one_the_version_is_the_offline_one()
    {
        Assert.NotEqual(ExtractorVersion.Of([], new ExtractorOptions()), ExtractorVersion.Of([], new ExtractorOptions { Proposer = Proposer }));
        Assert.Equal(ExtractorVersion.Of([], new ExtractorOptions()), ExtractorVersion.Of([], new ExtractorOptions { Proposer = null }));
    }
}
