using KGraph.Extraction.Reading;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>
/// U+E000 and U+E001 mark entities inside the extractor's sentences: an article holding them itself must
/// neither crash the extractor nor have them read as entity markers.
/// </summary>
public class MarkerCharactersInTextTests
{
    [Fact]
    public void A_forged_marker_at_the_end_of_a_clause_neither_crashes_nor_loses_the_fact()
    {
        const string text = "Dana Voss met with Tom Reed \uE000x\uE001, in Geneva.";

        var result = Some.Extract(text, "m.en.txt");

        Assert.Equal(["dana-voss MET tom-reed"], Some.Facts(result));
        Assert.All(result.Relationships.SelectMany(r => r.Evidence), e => Assert.Equal(e.Quote, text[e.Span.Start..e.Span.End]));
    }

    [Theory]
    [InlineData("Tom Reed met with Dana Voss, \uE000P9\uE001, in Geneva.", "m.en.txt")]
    [InlineData("Dana Voss\uE001 met with Tom Reed\uE000 in Geneva.", "m.en.txt")]
    [InlineData("周海洋起诉了\uE000P0\uE001、Brightloop公司。", "m.zh.txt")]
    public void Marked_sentences_hold_only_the_markers_of_their_references(string text, string path)
    {
        var sentences = Some.Extractor.MarkedSentences(ArticleReader.FromPlainText(path, text));

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Equal(s.Sentence.References.Count, s.Sentence.Text.Count(c => c == KGraph.Extraction.Relations.MarkedSentence.Open)));
        Assert.All(sentences, s => Assert.Equal(s.Sentence.References.Count,
            s.Sentence.Text.Count(c => c == KGraph.Extraction.Relations.MarkedSentence.Close)));
    }

    [Fact]
    public void Text_without_marker_characters_is_returned_as_it_is()
    {
        const string text = "Dana Voss met with Tom Reed.";

        Assert.Same(text, KGraph.Extraction.Relations.MarkedSentence.WithoutMarkers(text));
        Assert.Equal("a\uFFFDb\uFFFD", KGraph.Extraction.Relations.MarkedSentence.WithoutMarkers("a\uE000b\uE001"));
    }
}
