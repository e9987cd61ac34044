using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KGraph.Neo4j.Tests.Lint;

/// <summary>Runs tools/cypher-lint/lint.mjs (Neo4j's parser and semantic analysis) over many queries in one Node process.</summary>
internal static class CypherLinter
{
    public sealed record Query(string Name, string Text, IReadOnlyList<string> Parameters);

    public sealed record Finding(string Name, int Line, int Column, string Message)
    {
        public override string ToString() => $"{Name}:{Line}:{Column}: {Message}";
    }

    public sealed record Result(int Checked, IReadOnlyList<Finding> Errors, IReadOnlyList<Finding> Warnings, IReadOnlyDictionary<string,
        IReadOnlyList<string>> Strings);

    private static string Tool => RepositoryFiles.PathOf("tools", "cypher-lint");

    /// <summary>Why the linter cannot run here, or null when it can.</summary>
    public static string? Missing()
    {
        if (FindNode() is null) return "node is not on PATH";
        if (!Directory.Exists(Path.Combine(Tool, "node_modules", "@neo4j-cypher", "language-support")))
            return "tools/cypher-lint/node_modules is not installed";
        return null;
    }

    public static Result Lint(IEnumerable<Query> queries)
    {
        var missing = Missing();
        if (missing is not null) throw new InvalidOperationException($"cannot lint Cypher: {missing}; run .ci/setup-neo4j.sh");
        var input = new JsonArray(queries.Select(q => (JsonNode)new JsonObject
        {
            ["name"] = q.Name,
            ["query"] = q.Text,
            ["parameters"] = new JsonObject(q.Parameters.Select(p => KeyValuePair.Create(p, (JsonNode?)new JsonArray()))),
        }).ToArray());
        var start = new ProcessStartInfo(FindNode()!, [Path.Combine(Tool, "lint.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Tool,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("lint.mjs did not finish within 2 minutes");
        }
        if (string.IsNullOrWhiteSpace(stdout.Result))
            throw new InvalidOperationException($"lint.mjs exited {process.ExitCode} without output: {stderr.Result}");
        var root = JsonNode.Parse(stdout.Result)!;
        static List<Finding> Findings(JsonNode? list) => list!.AsArray().Select(f => new Finding(
            f!["name"]!.GetValue<string>(), f["line"]!.GetValue<int>(), f["column"]!.GetValue<int>(), f["message"]!.GetValue<string>())).ToList();
        var strings = root["strings"]!.AsObject().ToDictionary(
            p => p.Key, p => (IReadOnlyList<string>)p.Value!.AsArray().Select(s => s!.GetValue<string>()).ToList());
        return new Result(root["checked"]!.GetValue<int>(), Findings(root["errors"]), Findings(root["warnings"]), strings);
    }

    private static string? FindNode() => OutsideTool.OnPath("node");
}
