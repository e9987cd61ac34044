using KGraph.Extraction.Reading;
using KGraph.Llm;
using KGraph.Vocabulary;

namespace KGraph.Llm.Tests;

public class LlmProposerTests
{
    [Fact]
    public async Task A_long_article_is_asked_about_in_chunks_of_whole_sentences_that_overlap_and_each_fact_keeps_its_chunk()
    {
        using var temp = new TempFolder();
        var sentences = Enumerable.Range(1, 6).Select(i => $"Sentence number {i} is here.").ToList();
        var text = string.Join(" ", sentences);
        using var server = new FakeNeo4jServer((request, _) => FakeNeo4jServer.Json(200, ChatReplies.OpenAi(ChatReplies.Answer([],
            ChatReplies.Fact("A", "SUED", "B", ChatReplies.LastUserText(request)[6..20])))));
        using var proposer = new LlmProposer(new LlmSettings
        {
            Provider = LlmSettings.OpenAi,
            Model = "m",
            BaseUrl = new Uri(server.BaseAddress, "v1"),
            CacheDirectory = temp["cache"],
            ChunkChars = 60,
            OverlapSentences = 1,
        }, GraphVocabulary.BuiltIn);

        var proposals = await proposer.ProposeAsync(new ArticleText("a.en.txt", text));

        Assert.Empty(proposals.Failures);
        Assert.Equal(
            [$"{sentences[0]} {sentences[1]}", $"{sentences[1]} {sentences[2]}", $"{sentences[2]} {sentences[3]}", $"{sentences[3]} {sentences[4]}", $"{sentences[4]} {sentences[5]}"],
            server.Requests.Select(r => ChatReplies.LastUserText(r)["Text:\n".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal([(0, 53), (27, 80), (54, 107), (81, 134), (108, 161)], proposals.Facts.Select(f => (f.ChunkStart, f.ChunkEnd)));
        Assert.Equal((5, 0, 5, 600L, 150L), (proposals.Usage.Chunks, proposals.Usage.CachedChunks, proposals.Usage.Requests, proposals.Usage.InputTokens, proposals.Usage.OutputTokens));
        Assert.All(proposals.Facts, f => Assert.Equal("llm:openai:m@prompt-1", f.Rule));
    }
}
