using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KGraph.Store;

namespace KGraph.Llm;

/// <summary>
/// Valid answers on disk, one JSON file per (provider, model, prompt version, prompt hash, chunk sha256): a re-run with
/// nothing changed sends no request and gets the same answer. Only the answer and its token counts are stored, never
/// a request header, so no key. A damaged entry is a miss, not an error.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    internal sealed record Entry(
        [property: JsonPropertyName("provider")] string Provider,
        [property: JsonPropertyName("model")] string Model,
        [property: JsonPropertyName("prompt")] string PromptVersion,
        [property: JsonPropertyName("chunk_sha256")] string ChunkSha256,
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("input_tokens")] long InputTokens,
        [property: JsonPropertyName("output_tokens")] long OutputTokens);

    public string Directory { get; } = directory;

    public static string Key(string provider, string model, string promptVersion, string promptHash, string chunkSha256) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', provider, model, promptVersion, promptHash, chunkSha256))));

    public static string ChunkSha256(string chunk) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(chunk)));

    public Entry? Get(string key)
    {
        var path = PathOf(key);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Entry>(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Put(string key, Entry entry)
    {
        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.WriteAllText(PathOf(key), JsonSerializer.Serialize(entry, Options), durable: false);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    private string PathOf(string key) => Path.Combine(Directory, key + ".json");
}
