using KGraph.Llm;

namespace KGraph.Llm.Tests;

public class ResponseCacheTests
{
    [Fact]
    public void A_stored_answer_is_found_under_its_key_and_a_damaged_file_is_a_miss()
    {
        using var temp = new TempFolder();
        var cache = new ResponseCache(temp["cache"]);
        var key = ResponseCache.Key("openai", "m", "prompt-1", "p", ResponseCache.ChunkSha256("甲起诉了乙。"));
        var entry = new ResponseCache.Entry("openai", "m", "prompt-1", ResponseCache.ChunkSha256("甲起诉了乙。"), "{\"entities\": [], \"relationships\": []}", 10, 2);

        cache.Put(key, entry);

        Assert.Equal(entry, cache.Get(key));
        File.WriteAllText(temp[$"cache/{key}.json"], "{\"provider\": ");
        Assert.Null(cache.Get(key));
    }

    [Fact]
    public void Another_model_prompt_or_chunk_is_another_key()
    {
        var chunk = ResponseCache.ChunkSha256("a");
        var keys = new[]
        {
            ResponseCache.Key("openai", "m", "prompt-1", "p", chunk),
            ResponseCache.Key("ollama", "m", "prompt-1", "p", chunk),
            ResponseCache.Key("openai", "n", "prompt-1", "p", chunk),
            ResponseCache.Key("openai", "m", "prompt-2", "p", chunk),
            ResponseCache.Key("openai", "m", "prompt-1", "q", chunk),
            ResponseCache.Key("openai", "m", "prompt-1", "p", ResponseCache.ChunkSha256("b")),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }
}
