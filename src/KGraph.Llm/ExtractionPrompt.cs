using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KGraph.Vocabulary;

namespace KGraph.Llm;

/// <summary>
/// What the model is asked: the vocabulary's entity and relationship types with their descriptions and allowed
/// endpoints (from graph-data/schema.yaml), the answer's JSON Schema, and the rule that every fact quotes the text.
/// <see cref="Version"/> changes when the wording does; it is recorded in every fact's evidence and in the cache key.
/// </summary>
internal sealed class ExtractionPrompt
{
    public const string Version = "prompt-1";

    public ExtractionPrompt(GraphVocabulary vocabulary)
    {
        Schema = AnswerSchema.Json;
        var text = new StringBuilder();
        text.AppendLine("You extract a knowledge graph from one part of a news article (Chinese or English).");
        text.AppendLine("List the people, organizations, products and places the text names, and the relationships between them that the text states.");
        text.AppendLine();
        text.AppendLine("Entity types:");
        foreach (var type in vocabulary.EntityTypes) text.AppendLine($"- {type.Name}: {type.Description}");
        text.AppendLine();
        text.AppendLine("Relationship types (from → to; Any = any entity type; symmetric ones go both ways):");
        foreach (var type in vocabulary.RelationshipTypes)
            text.AppendLine($"- {type.Name} ({string.Join("/", type.From)} → {string.Join("/", type.To)}{(type.Symmetric ? ", symmetric" : "")}): " +
                $"{type.Description}");
        text.AppendLine();
        text.AppendLine("Rules:");
        text.AppendLine("- Use only the types listed above, exactly as spelled.");
        text.AppendLine("- Write every name exactly as it appears in the text (same script, same characters); do not translate or expand it.");
        text.AppendLine("- Every relationship needs \"quote\": a verbatim, contiguous part of the text (copied character for character) that states it.");
        text.AppendLine("- Leave out anything the text does not state; do not use outside knowledge.");
        text.AppendLine("- \"start\" and \"end\" are optional dates as YYYY, " +
            "YYYY-MM or YYYY-MM-DD; \"role\" is an optional job title; \"confidence\" an optional number from 0 to 1.");
        text.AppendLine("- Answer with one JSON object matching this JSON Schema and nothing else:");
        text.Append(Schema.GetRawText());
        System = text.ToString();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(System)));
    }

    /// <summary>The system message: instructions, vocabulary and schema.</summary>
    public string System { get; }

    /// <summary>sha256 of <see cref="System"/>: a changed vocabulary asks a different question, so it is part of the cache key.</summary>
    public string Hash { get; }

    public JsonElement Schema { get; }

    public static string User(string chunk) => "Text:\n" + chunk;

    /// <summary>The follow-up when an answer was not valid: the problem, and the request to answer again.</summary>
    public static string Repair(string problem) =>
        $"That answer was not valid: {problem}. Answer again with only the JSON object, matching the schema.";
}
