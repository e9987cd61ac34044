namespace KGraph.Cli.Tests.Commands;

public class LoadCommandTests
{
    private const string Discovery = """{"query":"http://localhost:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.2","neo4j_edition":"community"}""";
    private const string Data = "kgraph: 1\nentities:\n  - {id: a, type: Person, name: \"Ann O'Neil\"}\n  - {id: b, type: Organization, name: " +
        "Bee}\nrelationships:\n  - {from: a, type: FOUNDED, to: b}\n";

    [Fact]
    public void Dry_run_prints_the_statements_and_row_counts_without_connecting()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("load", root.Path, "--dry-run", "--batch-size", "1", "--uri", "http://127.0.0.1:1");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("// 6 constraints, 3 statements, 3 rows in batches of 1\n", stdout, StringComparison.Ordinal);
        Assert.Contains("// FOUNDED relationships: 1 rows, 1 batches\nUNWIND $rows AS row\nMATCH (a:Entity {id: row.from})\n", stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_address_it_is_a_usage_error_naming_the_variable_and_the_option()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);
        // In a process of its own without NEO4J_URI, so a live setup's address cannot answer for the missing one.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "kgraph.dll"), "load", root.Path, "--uri", " " }) start.ArgumentList.Add(arg);
        start.Environment.Remove("NEO4J_URI");
        using var kgraph = System.Diagnostics.Process.Start(start)!;
        var stdout = kgraph.StandardOutput.ReadToEndAsync();
        var stderr = await kgraph.StandardError.ReadToEndAsync();
        await kgraph.WaitForExitAsync();

        Assert.Equal((2, "", "kgraph: no Neo4j address: set NEO4J_URI or pass --uri (e.g. http://localhost:7474)\n"), (kgraph.ExitCode, await stdout, stderr));
    }

    [Fact]
    public void An_unreachable_server_fails_with_exit_one_and_says_where_it_tried()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("load", root.Path, "--uri", "http://127.0.0.1:1", "--retries", "0");

        Assert.Equal((1, ""), (exit, stdout));
        Assert.StartsWith("kgraph: cannot reach Neo4j at http://127.0.0.1:1: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_the_uri_query_is_not_echoed_in_the_usage_error()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("load", root.Path, "--uri", "http://127.0.0.1:7474/?password=hunter2");

        Assert.Equal((2, "", "kgraph: the Neo4j URI 'http://127.0.0.1:7474' must not have a path, query or fragment ('/?***')\n"), (exit, stdout, stderr));
    }

    [Fact]
    public void A_server_that_never_answers_is_given_up_on_at_the_max_wait_and_the_message_says_so()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);
        using var server = new FakeNeo4jServer((request, _) => request.Method == "GET"
            ? FakeNeo4jServer.Json(200, Discovery)
            : FakeNeo4jServer.Late(TimeSpan.FromSeconds(30), FakeNeo4jServer.Json(202, "{}")));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (exit, stdout, stderr) = Cli.Run("load", root.Path, "--uri", server.BaseAddress.ToString(), "--timeout", "2", "--retries", "20", "--max-wait", "3");

        Assert.Equal((1, ""), (exit, stdout));
        var expected = $"kgraph: Neo4j at {server.BaseAddress.GetLeftPart(UriPartial.Authority)} did not answer; not retried further: " +
            $"one request may wait at most 3 s in all, retries included (--max-wait)\n";
        Assert.True(stderr.EndsWith(expected, StringComparison.Ordinal), stderr);
        Assert.InRange(watch.Elapsed.TotalSeconds, 2, 12);
    }

    [Fact]
    public void A_bad_batch_size_is_a_usage_error()
    {
        var (exit, _, stderr) = Cli.Run("load", "--batch-size", "0", "--dry-run");

        Assert.Equal((2, "kgraph: --batch-size must be at least 1\n"), (exit, stderr));
    }
}
