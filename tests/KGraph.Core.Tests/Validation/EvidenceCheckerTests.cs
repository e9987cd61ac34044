using KGraph.Store;
using KGraph.Text;

namespace KGraph.Core.Tests.Validation;

public class EvidenceCheckerTests
{
    private static string[] Check(string article, string data)
    {
        using var root = Some.DataRoot(("articles/a.txt", article));
        var sha = TextNormalizer.Sha256(TextNormalizer.Normalize(article));
        root.Write("extracted/a.yaml", data.Replace("PATH", root["articles/a.txt"], StringComparison.Ordinal).Replace("SHA", sha, StringComparison.Ordinal));
        var result = GraphLoader.Load([root.Path]);
        return result.Diagnostics.Select(d => d.ToString().Replace(root.Path + "/", "", StringComparison.Ordinal)).ToArray();
    }

    private const string Article = "马斯克创立了xAI。\r\n它发布了Grok-1。";

    [Fact]
    public void Spans_and_quotes_that_match_the_normalised_text_pass()
    {
        Assert.Empty(Check(Article, """
            kgraph: 1
            documents: [{id: d, path: PATH, sha256: SHA}]
            entities:
              - {id: musk, type: Person, name: 马斯克, mentions: [{doc: d, span: [0, 3], text: 马斯克}]}
              - {id: grok-1, type: Product, name: Grok-1, mentions: [{doc: d, span: [15, 21], text: Grok-1}]}
            """));
    }

    [Fact]
    public void A_span_outside_the_text_is_reported()
    {
        Assert.Equal(["extracted/a.yaml:4:52: mention span [20, 30] is outside document 'd' (its text has 22 characters)"], Check(Article, """
            kgraph: 1
            documents: [{id: d, path: PATH}]
            entities:
              - {id: musk, type: Person, name: 马斯克, mentions: [{doc: d, span: [20, 30], text: 马斯克}]}
            """));
    }

    [Fact]
    public void A_quote_that_differs_from_the_text_is_reported_with_both_versions()
    {
        Assert.Equal(
            ["extracted/a.yaml:11:9: evidence text does not match document 'd' at [0, 9]: " +
                "the file has \"马斯克创立了xAI\", the data says \"马斯克收购了xAI\""],
            Check(Article, """
            kgraph: 1
            documents: [{id: d, path: PATH}]
            entities:
              - {id: musk, type: Person, name: 马斯克}
              - {id: xai, type: Organization, name: xAI}
            relationships:
              - from: musk
                type: FOUNDED
                to: xai
                evidence:
                  - {doc: d, span: [0, 9], quote: 马斯克收购了xAI}
            """));
    }

    [Fact]
    public void Evidence_naming_an_unknown_document_is_reported()
    {
        Assert.Equal(["extracted/a.yaml:3:52: mention refers to unknown document 'nope'"], Check(Article, """
            kgraph: 1
            entities:
              - {id: musk, type: Person, name: 马斯克, mentions: [{doc: nope, span: [0, 3], text: 马斯克}]}
            """));
    }

    [Fact]
    public void A_changed_article_is_a_warning_and_its_spans_are_not_checked()
    {
        Assert.Equal(
            ["extracted/a.yaml:2:29: warning: article '" + "articles/a.txt' has changed since it was extracted (sha256 differs); re-run extraction. " +
                "Its spans are not checked"],
            Check(Article, """
            kgraph: 1
            documents: [{id: d, sha256: 0000000000000000000000000000000000000000000000000000000000000000, path: PATH}]
            entities:
              - {id: musk, type: Person, name: 马斯克, mentions: [{doc: d, span: [90, 93], text: 马斯克}]}
            """));
    }
}
