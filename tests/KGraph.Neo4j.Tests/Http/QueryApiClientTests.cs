using System.Text;
using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Tests.Http;

public sealed class QueryApiClientTests
{
    private const string Password = "s3cret-PASS-word";
    private const string Success = """{"data":{"fields":["n"],"values":[[1]]},"counters":""" +
        """{"containsUpdates":true,"nodesCreated":2,"nodesDeleted":0,"propertiesSet":6,"relationshipsCreated":1,"relationshipsDeleted":0,"labelsAdded":""" +
        """2,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0},"bookmarks":["FB:kcwQ"]}""";
    private const string Transient = """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[1] can't acquire """ +
        """ExclusiveLock"}]}""";

    private readonly List<string> _log = [];
    private readonly List<TimeSpan> _delays = [];

    private Neo4jQueryApiClient Client(FakeNeo4jServer server, TimeSpan? timeout = null, int attempts = 4, TimeSpan? maxWait = null,
        TimeSpan? baseDelay = null) => new(
        Neo4jQueryApiClient.CreateHttpClient(),
        new Neo4jConnectionSettings
        {
            BaseAddress = server.BaseAddress,
            User = "reader",
            Password = Password,
            Database = "graphs",
            RequestTimeout = timeout
            ?? TimeSpan.FromSeconds(10)
        },
        new Neo4jRetryPolicy
        {
            MaxAttempts = attempts,
            MaxTotalWait = maxWait ?? Neo4jRetryPolicy.Default.MaxTotalWait,
            BaseDelay = baseDelay ?? Neo4jRetryPolicy.Default.BaseDelay,
            Random = new Random(7),
            Delay = (d, _) => { _delays.Add(d); return Task.CompletedTask; },
        },
        _log.Add);

    [Fact]
    public async Task Sends_one_statement_with_basic_auth_and_JSON_body_to_the_databases_query_endpoint()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(202, Success));

        var result = await Client(server).RunAsync("RETURN $x AS n", new Dictionary<string,
            object?>
        { ["x"] = 1L, ["names"] = new List<string> { "a'b", "马斯克" } });

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/graphs/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:" + Password)), request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("""{"statement":"RETURN $x AS n","parameters":{"x":1,"names":["a'b","马斯克"]},"includeCounters":true}""", request.Body);
        Assert.Equal(["n"], result.Fields);
        Assert.Equal(1, result.Values[0][0].GetInt32());
        Assert.Equal(new QueryCounters { NodesCreated = 2, PropertiesSet = 6, RelationshipsCreated = 1, LabelsAdded = 2 }, result.Counters);
        Assert.Equal(["FB:kcwQ"], result.Bookmarks);
    }

    [Fact]
    public void The_body_keeps_CJK_as_UTF8_escapes_quotes_and_controls_and_replaces_lone_surrogates()
    {
        var request = new QueryRequest("RETURN $s", new Dictionary<string, object?> { ["s"] = "\"马\"\n\u0001\uD800`})-[:X]->(" });

        Assert.Equal("""{"statement":"RETURN $s","parameters":""" +
            """{"s":"\"马\"\n\u0001\uFFFD`})-[:X]->("},"includeCounters":true}""", Encoding.UTF8.GetString(request.Body.Span));
    }

    [Fact]
    public async Task An_error_after_data_in_a_202_is_a_failure_not_a_success()
    {
        const string body = """{"data":{"fields":["x"],"values":[[1],[2]]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by """ +
            """zero"}]}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(202, body));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("UNWIND [1, 0] AS x RETURN 1 / x"));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(202, error.HttpStatus);
        Assert.False(error.IsTransient);
        Assert.Equal($"Neo4j at {Authority(server)} rejected a statement (Neo.ClientError.Statement.ArithmeticError): / by zero\n  statement: " +
            $"UNWIND [1, 0] AS x RETURN 1 / x", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_its_code_message_and_statement_and_not_retried()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MERG': expected ... (line 2, """ +
            """column 1 (offset: 20))"}]}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(400, body));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("UNWIND $rows AS row\nMERG (n)", new Dictionary<string,
            object?>
        { ["rows"] = Array.Empty<string>() }));

        Assert.Equal($"Neo4j at {Authority(server)} rejected a statement (Neo.ClientError.Statement.SyntaxError): Invalid input 'MERG': expected ... " +
            $"(line 2, column 1 (offset: 20))\n  statement: UNWIND $rows AS row ...", error.Message);
        Assert.Equal(400, error.HttpStatus);
        Assert.Single(server.Requests);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Bad_credentials_name_the_user_and_the_variables_but_never_the_password()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(401, body));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} refused the credentials of user 'reader' (Neo.ClientError.Security.Unauthorized): " +
            $"check NEO4J_USERNAME and NEO4J_PASSWORD", error.Message);
        Assert.Equal(401, error.HttpStatus);
        AssertNoSecret(error.ToString());
        AssertNoSecret(string.Join("\n", _log));
    }

    [Fact]
    public async Task A_401_without_a_body_is_still_a_clear_credentials_error()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(401, ""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} refused the credentials of user 'reader' (401): check NEO4J_USERNAME and NEO4J_PASSWORD", error.Message);
    }

    [Fact]
    public async Task An_unknown_database_names_the_database_and_how_to_choose_another()
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: graphs"}]}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(404, body));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} has no database 'graphs' (Neo.ClientError.Database.DatabaseNotFound): " +
            $"check NEO4J_DATABASE or --database", error.Message);
    }

    [Fact]
    public async Task A_transient_error_is_retried_with_growing_jittered_delays_then_succeeds()
    {
        using var server = new FakeNeo4jServer((_, i) => i < 2 ? FakeNeo4jServer.Json(400, Transient) : FakeNeo4jServer.Json(202, Success));

        var result = await Client(server).RunAsync("RETURN 1");

        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[2].Body);
        Assert.Equal(2, _delays.Count);
        Assert.InRange(_delays[0].TotalMilliseconds, 125, 250);
        Assert.InRange(_delays[1].TotalMilliseconds, 250, 500);
        Assert.Contains(_log, l => l.StartsWith("attempt 1 of 4 failed (", StringComparison.Ordinal)
            && l.Contains("DeadlockDetected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times_then_reported()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(503, ""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server, attempts: 3).RunAsync("RETURN 1"));

        Assert.Equal(3, server.Requests.Count);
        Assert.True(error.IsTransient);
        Assert.Equal($"Neo4j at {Authority(server)} answered 503 ServiceUnavailable", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        using var server = new FakeNeo4jServer((_, i) => i == 0 ? FakeNeo4jServer.Drop() : FakeNeo4jServer.Json(202, Success));

        var result = await Client(server).RunAsync("RETURN 1");

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task A_connection_closed_mid_answer_says_so_instead_of_the_stream_copy_error()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Drop());

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server, attempts: 1).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} closed the connection mid-answer", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_hung_server_is_given_up_on_when_the_total_wait_cap_is_reached_and_the_message_says_so()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Late(TimeSpan.FromSeconds(30), FakeNeo4jServer.Json(202, Success)));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Client(server, timeout: TimeSpan.FromMilliseconds(400), attempts: 20, maxWait: TimeSpan.FromSeconds(1)).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} did not answer; not retried further: one request may wait at most 1 s in all, " +
            $"retries included (--max-wait)", error.Message);
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.6, 5);
        // Attempts of 0.4 s and the pauses between them fit in 1 s at most three times (the last cut short), not 20 times;
        // on a loaded machine the first attempt can take so long that it is the only one.
        Assert.InRange(server.Requests.Count, 1, 3);
    }

    [Fact]
    public void The_default_total_wait_is_three_minutes_not_six_full_timeouts()
    {
        Assert.Equal((6, TimeSpan.FromMinutes(3)), (Neo4jRetryPolicy.Default.MaxAttempts, Neo4jRetryPolicy.Default.MaxTotalWait));
    }

    [Fact]
    public async Task Retries_stop_when_the_next_pause_would_pass_the_total_wait_cap()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(503, ""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Client(server, attempts: 20, maxWait: TimeSpan.FromSeconds(5), baseDelay: TimeSpan.FromSeconds(20)).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} answered 503 ServiceUnavailable; not retried further: one request may wait at most 5 s in all, " +
            $"retries included (--max-wait)", error.Message);
        Assert.Single(server.Requests);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Text_the_server_echoes_is_printed_with_the_password_and_credentials_redacted_and_controls_blanked()
    {
        var echoed = $"Invalid input: password '{Password}', header 'Basic {Credentials}'\\u001b[2J"; // JSON's escape for ESC
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(400, $$"""{"errors":""" +
            $$"""[{"code":"Neo.ClientError.Statement.SyntaxError","message":"{{echoed}}"}]}"""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} rejected a statement (Neo.ClientError.Statement.SyntaxError): Invalid input: password '***', " +
            $"header 'Basic ***' [2J\n  statement: RETURN 1", error.Message);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_echoed_short_and_without_the_password()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(502, $"proxy error: upstream refused {Password}" + new string('x', 300)));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server, attempts: 1).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} answered 502 BadGateway: proxy error: upstream refused ***{new string('x', 167)}...", error.Message);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_is_abandoned_and_retried()
    {
        using var server = new FakeNeo4jServer((_, i) => i == 0
            ? FakeNeo4jServer.Late(TimeSpan.FromSeconds(30), FakeNeo4jServer.Json(202, Success))
            : FakeNeo4jServer.Json(202, Success));

        var result = await Client(server, timeout: TimeSpan.FromMilliseconds(300)).RunAsync("RETURN 1");

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(_log, l => l.Contains("did not answer within 0.3 s", StringComparison.Ordinal));
        Assert.Equal(2, result.Counters.NodesCreated);
    }

    [Fact]
    public async Task Cancellation_stops_at_once_without_retrying()
    {
        using var cancel = new CancellationTokenSource();
        using var server = new FakeNeo4jServer((_, _) =>
        {
            cancel.CancelAfter(100);
            return FakeNeo4jServer.Late(TimeSpan.FromSeconds(30), FakeNeo4jServer.Json(202, Success));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(server).RunAsync("RETURN 1", cancellationToken: cancel.Token));

        Assert.Single(server.Requests);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task The_probe_reports_the_server_version()
    {
        const string discovery = """{"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:""" +
            """7474/db/{databaseName}/query/v2","neo4j_version":"5.26.2","neo4j_edition":"community"}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(200, discovery));

        var info = await Client(server).ProbeAsync();

        Assert.Equal(new Neo4jServerInfo("5.26.2", "community", true), info);
        Assert.Equal("GET", server.Requests[0].Method);
        Assert.Equal("/", server.Requests[0].Path);
        Assert.False(server.Requests[0].Headers.ContainsKey("Authorization"));
        Assert.Equal($"server {Authority(server)}: Neo4j 5.26.2 community", Assert.Single(_log));
    }

    [Fact]
    public async Task The_probe_refuses_a_server_without_the_query_API_naming_the_minimum_version()
    {
        const string discovery = """{"bolt_direct":"bolt://localhost:7687","transaction":"http://localhost:""" +
            """7474/db/{databaseName}/tx","neo4j_version":"5.12.0","neo4j_edition":"enterprise"}""";
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(200, discovery));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).ProbeAsync());

        Assert.Equal($"Neo4j 5.12.0 enterprise at {Authority(server)} has no Query API: KGraph needs Neo4j 5.25 or later (or Aura)", error.Message);
    }

    [Fact]
    public async Task A_missing_query_endpoint_says_which_Neo4j_is_needed()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(404, ""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal($"Neo4j at {Authority(server)} has no Query API at /db/graphs/query/v2 (404): KGraph needs Neo4j 5.25 or later (or Aura)", error.Message);
    }

    [Fact]
    public async Task The_verbose_log_names_requests_but_never_credentials()
    {
        using var server = new FakeNeo4jServer((_, i) => i == 0 ? FakeNeo4jServer.Json(503, Transient) : FakeNeo4jServer.Json(202, Success));
        var client = Client(server);

        await client.RunAsync("RETURN 1");

        Assert.Equal(3, _log.Count);
        Assert.StartsWith("POST /db/graphs/query/v2 ", _log[0], StringComparison.Ordinal);
        AssertNoSecret(string.Join("\n", _log));
        AssertNoSecret(client.Settings.ToString());
    }

    private static string Credentials => Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:" + Password));

    private static string Authority(FakeNeo4jServer server) => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:" + Password)), text, StringComparison.Ordinal);
    }
}
