using System.Text.Json;
using System.Text.Json.Nodes;

namespace KGraph.Tests;

/// <summary>
/// Answers in the shapes of an OpenAI-compatible chat-completions server and of Ollama's /api/chat, for the fake
/// server, and the model's JSON answer built from entities and relationships; reads back what a request asked.
/// </summary>
internal static class ChatReplies
{
    public static string OpenAi(string content, int inputTokens = 120, int outputTokens = 30) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = inputTokens, ["completion_tokens"] = outputTokens, ["total_tokens"] = inputTokens + outputTokens },
    }.ToJsonString();

    public static string Ollama(string content, int inputTokens = 120, int outputTokens = 30) => new JsonObject
    {
        ["model"] = "test-model",
        ["created_at"] = "2026-01-01T00:00:00Z",
        ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
        ["done"] = true,
        ["done_reason"] = "stop",
        ["prompt_eval_count"] = inputTokens,
        ["eval_count"] = outputTokens,
    }.ToJsonString();

    /// <summary>The model's answer: entities as (name, type) and relationships (<see cref="Fact"/>).</summary>
    public static string Answer((string Name, string Type)[] entities, params JsonObject[] relationships) => new JsonObject
    {
        ["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject { ["name"] = e.Name, ["type"] = e.Type })]),
        ["relationships"] = new JsonArray([.. relationships]),
    }.ToJsonString();

    /// <summary>One relationship of an answer; start and confidence only when given.</summary>
    public static JsonObject Fact(string from, string type, string to, string quote, string? start = null, double? confidence = null)
    {
        var fact = new JsonObject { ["from"] = from, ["type"] = type, ["to"] = to, ["quote"] = quote };
        if (start is not null) fact["start"] = start;
        if (confidence is not null) fact["confidence"] = confidence;
        return fact;
    }

    /// <summary>The text of the last user message of a chat request (the chunk, or the repair request).</summary>
    public static string LastUserText(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user")
            .GetProperty("content").GetString()!;
    }

    /// <summary>The text of every message of a chat request, joined (what the server was sent).</summary>
    public static string AllText(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return string.Join("\n", body.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()));
    }
}
