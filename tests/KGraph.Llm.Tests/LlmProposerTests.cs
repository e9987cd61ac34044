using KGraph.Extraction.Reading;
using KGraph.Llm;
using KGraph.Vocabulary;

namespace KGraph.Llm.Tests;

public class LlmProposerTests
{
    private static LlmProposer Proposer(FakeNeo4jServer server, TempFolder temp, int chunkChars, int overlap, int parallel) => new(new LlmSettings
    {
        Provider = LlmSettings.OpenAi,
        Model = "m",
        BaseUrl = new Uri(server.BaseAddress, "v1"),
        CacheDirectory = temp["cache"],
        ChunkChars = chunkChars,
        OverlapSentences = overlap,
        Parallel = parallel,
    }, GraphVocabulary.BuiltIn);

    [Fact]
    public async Task A_long_article_is_asked_about_in_chunks_of_whole_sentences_that_overlap_and_each_fact_keeps_its_chunk()
    {
        using var temp = new TempFolder();
        var sentences = Enumerable.Range(1, 6).Select(i => $"Sentence number {i} is here.").ToList();
        var text = string.Join(" ", sentences);
        using var server = new FakeNeo4jServer((request, _) => FakeNeo4jServer.Json(200, ChatReplies.OpenAi(ChatReplies.Answer([],
            ChatReplies.Fact("A", "SUED", "B", ChatReplies.LastUserText(request)[6..20])))));
        using var proposer = Proposer(server, temp, chunkChars: 60, overlap: 1, parallel: 2);

        var proposals = await proposer.ProposeAsync(new ArticleText("a.en.txt", text));

        Assert.Empty(proposals.Failures);
        Assert.Equal(
            [$"{sentences[0]} {sentences[1]}", $"{sentences[1]} {sentences[2]}", $"{sentences[2]} {sentences[3]}", $"{sentences[3]} {sentences[4]}",
                $"{sentences[4]} {sentences[5]}"],
            server.Requests.Select(r => ChatReplies.LastUserText(r)["Text:\n".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal([(0, 53), (27, 80), (54, 107), (81, 134), (108, 161)], proposals.Facts.Select(f => (f.ChunkStart, f.ChunkEnd)));
        Assert.Equal((5, 0, 5, 600L, 150L),
            (proposals.Usage.Chunks, proposals.Usage.CachedChunks, proposals.Usage.Requests, proposals.Usage.InputTokens, proposals.Usage.OutputTokens));
        Assert.All(proposals.Facts, f => Assert.Equal("llm:openai:m@prompt-1", f.Rule));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task No_more_requests_than_the_parallel_limit_are_in_flight_at_once(int parallel)
    {
        using var temp = new TempFolder();
        var delay = TimeSpan.FromMilliseconds(400);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var arrivals = new List<TimeSpan>();
        using var server = new FakeNeo4jServer((_, _) =>
        {
            lock (arrivals) arrivals.Add(clock.Elapsed);
            return FakeNeo4jServer.Late(delay, FakeNeo4jServer.Json(200, ChatReplies.OpenAi(ChatReplies.Answer([]))));
        });
        using var proposer = Proposer(server, temp, chunkChars: 30, overlap: 0, parallel);

        var proposals = await proposer.ProposeAsync(new ArticleText("a.en.txt", "First sentence is here. Second sentence is here. Third sentence is here."));

        Assert.Equal(3, proposals.Usage.Requests);
        var sorted = arrivals.Order().ToList();
        if (parallel == 1)
            // Each request waits for the answer to the one before: arrivals at least the server's delay apart.
            Assert.All(sorted.Zip(sorted.Skip(1)), p => Assert.True(p.Second - p.First >= delay - TimeSpan.FromMilliseconds(20), $"{p.First} then {p.Second}"));
        else
            // All three are sent before the first answer comes back.
            Assert.True(sorted[^1] - sorted[0] < delay, string.Join(", ", sorted));
    }
}
