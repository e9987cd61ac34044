using System.Text.Json;
using System.Text.Json.Nodes;

namespace KGraph.Llm;

/// <summary>
/// The JSON Schema of the answer. Types are plain strings, named in the prompt and checked on the way in: a type outside
/// the vocabulary is a dropped fact to count, not a malformed answer to ask again for.
/// </summary>
internal static class AnswerSchema
{
    public static JsonElement Json { get; } = Build();

    private static JsonElement Build()
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["entities"] = Array(new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["name"] = Text(), ["type"] = Text() },
                    ["required"] = new JsonArray("name", "type"),
                }),
                ["relationships"] = Array(new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["from"] = Text(),
                        ["type"] = Text(),
                        ["to"] = Text(),
                        ["quote"] = Text(),
                        ["start"] = Optional("string"),
                        ["end"] = Optional("string"),
                        ["role"] = Optional("string"),
                        ["confidence"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = 0, ["maximum"] = 1 },
                    },
                    ["required"] = new JsonArray("from", "type", "to", "quote"),
                }),
            },
            ["required"] = new JsonArray("entities", "relationships"),
        };
        return JsonSerializer.SerializeToElement(schema);
    }

    private static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Text() => new() { ["type"] = "string" };

    private static JsonObject Optional(string type) => new() { ["type"] = new JsonArray(type, "null") };
}
