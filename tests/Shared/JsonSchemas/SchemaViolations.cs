using System.Text.Json;
using Json.Schema;
using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Tests;

/// <summary>
/// Checks YAML against a JSON Schema the way an editor does (YAML → JSON → JsonSchema.Net), for
/// the test projects that reference JsonSchema.Net (Core, Cli): included by name, not with tests/Shared/*.cs.
/// </summary>
internal static class SchemaViolations
{
    /// <summary>
    /// Reads a schema into a registry of its own: a schema registers under its $id, and a schema
    /// generated for a test vocabulary has the same $id as the committed one.
    /// </summary>
    public static JsonSchema Load(string path) => JsonSchema.FromFile(path, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>Each violation as "instance location: message"; empty when the YAML conforms.</summary>
    public static List<string> Of(JsonSchema schema, string yaml)
    {
        var bag = new DiagnosticBag();
        var node = StrictYamlParser.Parse("t.yaml", yaml, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(node!));
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .ToList();
    }
}
