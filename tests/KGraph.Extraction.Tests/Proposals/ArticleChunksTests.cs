using KGraph.Extraction.Proposals;

namespace KGraph.Extraction.Tests.Proposals;

public class ArticleChunksTests
{
    [Fact]
    public void Without_overlap_chunks_follow_each_other_and_a_sentence_longer_than_a_chunk_is_a_chunk_alone()
    {
        var text = "甲起诉了乙。" + new string('丙', 30) + "。丁加入了戊。";

        Assert.Equal([(0, 6), (6, 37), (37, 43)], ArticleChunks.Split(text, 10, 0));
    }

    [Fact]
    public void With_overlap_each_chunk_repeats_the_last_sentences_of_the_one_before_but_always_moves_forward()
    {
        var text = "A one. B two. C three. D four.";

        Assert.Equal([(0, 13), (14, 30)], ArticleChunks.Split(text, 16, 0));
        Assert.Equal([(0, 13), (7, 22), (14, 30)], ArticleChunks.Split(text, 16, 1));
        Assert.Equal([(0, 13), (7, 22), (14, 30)], ArticleChunks.Split(text, 16, 5));
        // "C three." cannot be repeated beside "D four." in 15 characters: the third chunk starts at D.
        Assert.Equal([(0, 13), (7, 22), (23, 30)], ArticleChunks.Split(text, 15, 1));
    }
}
