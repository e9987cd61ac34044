using System.Text.Json;
using Json.Schema;
using KGraph.Extraction.Proposals;

namespace KGraph.Llm;

/// <summary>
/// A model's answer for one chunk, read and checked against <see cref="AnswerSchema"/>: entities and facts, or the
/// problem that makes it unusable (not JSON, or not of the schema's shape) for the repair request to name.
/// </summary>
internal sealed record ChunkAnswer(IReadOnlyList<ProposedEntity> Entities, IReadOnlyList<ChunkAnswer.Fact> Facts)
{
    internal sealed record Fact(string From, string Type, string To, string Quote, string? Start, string? End, string? Role, double? Confidence);

    private static readonly JsonSchema Schema = JsonSchema.FromText(AnswerSchema.Json.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The answer, or null with <paramref name="problem"/> saying what is wrong with it (first problem only, briefly).</summary>
    public static ChunkAnswer? TryParse(string text, out string? problem)
    {
        problem = null;
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(WithoutFence(text), new JsonDocumentOptions { MaxDepth = 16 });
            json = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problem = $"not JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')})";
            return null;
        }
        var result = Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var first = (result.Details
                ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).FirstOrDefault();
            problem = "not of the schema's shape" + (first is null ? "" : $" ({(first.StartsWith(':') ? "/" + first : first)})");
            return null;
        }
        var entities = json.GetProperty("entities").EnumerateArray()
            .Select(e => new ProposedEntity(e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!))
            .ToList();
        var facts = json.GetProperty("relationships").EnumerateArray()
            .Select(r => new Fact(r.GetProperty("from").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("to").GetString()!,
                r.GetProperty("quote").GetString()!,
                OptionalText(r, "start"), OptionalText(r, "end"), OptionalText(r, "role"),
                r.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null))
            .ToList();
        return new ChunkAnswer(entities, facts);
    }

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Many models wrap JSON in a Markdown fence even when asked not to; the fence is not part of the answer.</summary>
    private static string WithoutFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6) return trimmed;
        var firstLine = trimmed.IndexOf('\n');
        return firstLine < 0 ? trimmed : trimmed[(firstLine + 1)..^3].Trim();
    }
}
