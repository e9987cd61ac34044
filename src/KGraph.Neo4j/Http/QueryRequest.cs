using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>
/// One statement with its parameters, serialised once into the Query API body
/// <c>{"statement", "parameters", "includeCounters"}</c> so that retries resend the same bytes.
/// Parameter values: string, long, int, double, bool, null, <see cref="PropertyMap"/>, or
/// sequences of those.
/// </summary>
public sealed class QueryRequest
{
    /// <param name="buffer">
    /// Where the body is written (emptied first) instead of a new buffer. A loader passes one buffer per request it has
    /// in hand, so a body of a megabyte or more is not regrown from 256 bytes for every batch; the request's
    /// <see cref="Body"/> is then valid until that buffer is reused.
    /// </param>
    public QueryRequest(string statement, IReadOnlyDictionary<string, object?>? parameters = null, bool includeCounters = true,
        ArrayBufferWriter<byte>? buffer = null)
    {
        Statement = statement;
        Parameters = parameters ?? new Dictionary<string, object?>();
        if (buffer is null) buffer = new ArrayBufferWriter<byte>(256);
        else buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement);
            json.WritePropertyName("parameters");
            json.WriteStartObject();
            foreach (var (name, value) in Parameters)
            {
                json.WritePropertyName(name);
                JsonValues.Write(json, value);
            }
            json.WriteEndObject();
            if (includeCounters) json.WriteBoolean("includeCounters", true);
            json.WriteEndObject();
        }
        Body = buffer.WrittenMemory;
    }

    // Relaxed escaping keeps CJK text as UTF-8 (a third of the size of \uXXXX); the body is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public string Statement { get; }
    public IReadOnlyDictionary<string, object?> Parameters { get; }
    /// <summary>The UTF-8 JSON body sent to Neo4j.</summary>
    public ReadOnlyMemory<byte> Body { get; }
}
