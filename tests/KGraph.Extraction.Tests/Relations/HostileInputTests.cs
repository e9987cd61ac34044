namespace KGraph.Extraction.Tests.Relations;

public class HostileInputTests
{
    [Fact]
    public void Hundred_thousand_characters_without_punctuation_give_bounded_sentences_and_still_find_names()
    {
        var text = string.Concat(Enumerable.Repeat("周海洋起诉了Brightloop然后再说", 5_000));

        var result = Some.Extract(text);

        Assert.Equal(100_000, text.Length);
        Assert.Equal(["周海洋 SUED brightloop"], Some.Facts(result));
        Assert.True(result.Relationships.Single().Evidence.Count > 100);
    }

    [Fact]
    public void Names_with_quotes_brackets_and_markup_keep_exact_quotes()
    {
        const string text = "Tom \"Quote\" Reed, chief executive of O'Brien </script> Corp., left.";

        var result = Some.Extract(text, "q.en.txt");

        Assert.All(result.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]));
        Assert.All(result.Relationships.SelectMany(r => r.Evidence), e => Assert.Equal(e.Quote, text[e.Span.Start..e.Span.End]));
    }
}
