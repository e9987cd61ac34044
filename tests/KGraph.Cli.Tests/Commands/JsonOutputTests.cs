using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

/// <summary>
/// Under --json every command prints exactly one JSON document on stdout, whether it succeeds or fails:
/// {command, ok, exitCode, error, diagnostics, result}. Scripts read stdout; people read stderr.
/// </summary>
public class JsonOutputTests
{
    private const string Data = "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: b, type: Organization, name: " +
        "Bee}\nrelationships:\n  - {from: a, type: FOUNDED, to: b}\n";

    private static JsonElement Document(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(["command", "ok", "exitCode", "error", "diagnostics", "result"], document.RootElement.EnumerateObject().Select(p => p.Name));
        return document.RootElement.Clone();
    }

    private static void AssertFailure(JsonElement json, string command, int exitCode, string error)
    {
        Assert.Equal((command, false, exitCode, error), (json.GetProperty("command").GetString(), json.GetProperty("ok").GetBoolean(),
            json.GetProperty("exitCode").GetInt32(), json.GetProperty("error").GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("result").ValueKind);
    }

    [Fact]
    public void A_failing_path_is_one_document_with_the_error_and_exit_code()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("path", "nobody", "Bee", "--data", root.Path, "--json");

        Assert.Equal((2, "kgraph: no entity is named 'nobody'; did you mean: b (Bee, Organization)?\n"), (exit, stderr));
        AssertFailure(Document(stdout), "path", 2, "no entity is named 'nobody'; did you mean: b (Bee, Organization)?");
    }

    [Fact]
    public void A_diagram_of_a_missing_folder_is_one_document_with_exit_one()
    {
        using var root = new TempFolder();
        var missing = root["missing"];

        var (exit, stdout, stderr) = Cli.Run("diagram", missing, "--out", root["d.svg"], "--json");

        Assert.Equal((1, $"kgraph: '{missing}' does not exist\n"), (exit, stderr));
        AssertFailure(Document(stdout), "diagram", 1, $"'{missing}' does not exist");
        Assert.False(File.Exists(root["d.svg"]));
    }

    [Fact]
    public void A_build_stopped_by_invalid_curated_data_lists_each_problem_with_its_position()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Persn, name: Ann}\n");

        var (exit, stdout, _) = Cli.Run("build", root["data"], "--out", root["out"], "--diagrams", root["viz"], "--json");

        Assert.Equal(3, exit);
        var json = Document(stdout);
        AssertFailure(json, "build", 3, "1 errors; nothing written");
        var problem = Assert.Single(json.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((root["data/curated/a.yaml"], 3, 19, "error", "unknown entity type 'Persn' (known: Person, Organization, Product, Place)"),
            (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32(),
                problem.GetProperty("severity").GetString(), problem.GetProperty("message").GetString()));
    }

    [Fact]
    public void An_unreachable_neo4j_is_one_document_saying_where_load_tried()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, _) = Cli.Run("load", root.Path, "--uri", "http://127.0.0.1:1", "--retries", "0", "--json");

        Assert.Equal(1, exit);
        var json = Document(stdout);
        Assert.Equal((false, 1), (json.GetProperty("ok").GetBoolean(), json.GetProperty("exitCode").GetInt32()));
        Assert.StartsWith("cannot reach Neo4j at http://127.0.0.1:1: ", json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_under_json_is_still_one_document()
    {
        var (exit, stdout, stderr) = Cli.Run("review", "list", "--json", "--no-such-option");

        Assert.Equal(2, exit);
        AssertFailure(Document(stdout), "review list", 2, "unknown option '--no-such-option'");
        Assert.Equal("kgraph: unknown option '--no-such-option'\nRun 'kgraph review list --help' for usage.\n", stderr);
    }

    [Fact]
    public void A_dry_run_load_answers_with_the_statements_and_row_counts()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("load", root.Path, "--dry-run", "--batch-size", "1", "--uri", "http://127.0.0.1:1", "--json");

        Assert.Equal((0, ""), (exit, stderr));
        var json = Document(stdout);
        Assert.Equal((true, JsonValueKind.Null), (json.GetProperty("ok").GetBoolean(), json.GetProperty("error").ValueKind));
        var result = json.GetProperty("result");
        Assert.Equal(1, result.GetProperty("batchSize").GetInt32());
        Assert.Equal(6, result.GetProperty("constraints").GetArrayLength());
    }

    [Fact]
    public void Review_list_answers_with_the_recorded_decisions()
    {
        using var root = new TempFolder();
        root.Write("extracted/a.yaml", Data);
        Assert.Equal(0, Cli.Run("review", "reject", "a.founded.b", "--data", root.Path, "--by", "ana", "--reason", "not in text").Exit);

        var (exit, stdout, stderr) = Cli.Run("review", "list", "--data", root.Path, "--json");

        Assert.Equal((0, ""), (exit, stderr));
        var json = Document(stdout);
        Assert.True(json.GetProperty("ok").GetBoolean());
        var decision = Assert.Single(json.GetProperty("result").EnumerateArray());
        Assert.Equal(("reject", "a.founded.b", "not in text", "ana"), (decision.GetProperty("action").GetString(),
            decision.GetProperty("relationship").GetString(), decision.GetProperty("reason").GetString(), decision.GetProperty("by").GetString()));
    }
}
