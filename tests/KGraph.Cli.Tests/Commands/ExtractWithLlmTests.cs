using System.Diagnostics;
using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

/// <summary>
/// extract, build and eval with --llm against fake chat servers on 127.0.0.1 (no real model is reachable here): every
/// fact the model proposes is checked against the text, answers are cached, failures are retried and reported per
/// article. One class, so that the one test that sets OPENAI_API_KEY runs alone among them.
/// </summary>
public class ExtractWithLlmTests
{
    private const string Dana = "Dana Reyes founded Lumen Robotics in 2019. The company later hired Omar Haddad from Vexa Labs.\n";
    private const string Priya = "Priya Natarajan left Corvid Systems in 2021.\n";
    private const string Rule = "'llm:openai:test-model@prompt-1'";

    private static readonly (string, string)[] DanaEntities = [("Dana Reyes", "Person"), ("Lumen Robotics", "Organization")];

    private static string GoodAnswer =>
        ChatReplies.Answer(DanaEntities,
            ChatReplies.Fact("Dana Reyes", "FOUNDED", "Lumen Robotics", "Dana Reyes founded Lumen Robotics in 2019", start: "2019", confidence: 0.9));

    private static string[] Args(TempFolder temp, FakeNeo4jServer server, params string[] more) =>
        ["extract", temp["in"], "--out", temp["out"], "--data", temp["no-data"], "--llm", "openai:test-model", "--llm-url", server.BaseAddress + "v1",
            "--llm-cache", temp["cache"], "--llm-backoff", "0.01", .. more];

    private static FakeNeo4jServer.Reply Good(string answer) => FakeNeo4jServer.Json(200, ChatReplies.OpenAi(answer));

    /// <summary>A server that answers the Priya article with <paramref name="reply"/> and the others well.</summary>
    private static FakeNeo4jServer AnsweringPriyaWith(FakeNeo4jServer.Reply reply) =>
        new((request, _) => ChatReplies.AllText(request).Contains("Priya", StringComparison.Ordinal) ? reply : Good(GoodAnswer));

    /// <summary>The Priya article failed with <paramref name="problem"/> and wrote nothing; the Dana one was written; the run exited 1.</summary>
    private static void AssertOnlyPriyaFailed(TempFolder temp, int exit, string err, string problem)
    {
        Assert.Equal(1, exit);
        Assert.StartsWith($"{temp["in/b.en.txt"]}: openai:test-model chunk 1 of 1 (characters 0–44): {problem}; nothing written\n", err,
            StringComparison.Ordinal);
        Assert.EndsWith("extracted 1 articles: 4 entities, 1 relationships; 1 failed\n", err, StringComparison.Ordinal);
        Assert.True(File.Exists(temp["out/a.en.yaml"]));
        Assert.False(File.Exists(temp["out/b.en.yaml"]));
    }

    [Fact]
    public void A_good_answer_is_pooled_with_the_rules_evidence_for_the_same_fact_and_its_tokens_are_counted()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, _) => Good(GoodAnswer));

        var (exit, _, err) = Cli.Run(Args(temp, server));

        Assert.Equal(0, exit);
        Assert.Equal(
            $"llm: {temp["in/a.en.txt"]}: 1 chunks (0 from cache), 1 requests, 120 input + 30 output tokens; 1 facts proposed, 1 kept; 0 proposals dropped\n" +
            "llm: openai:test-model, 1 articles: 1 chunks (0 from cache), 1 requests, 120 input + 30 output tokens; 1 facts proposed, 1 kept; 0 " +
            "proposals dropped\n" +
            "extracted 1 articles: 4 entities, 1 relationships\n", err);
        var yaml = File.ReadAllText(temp["out/a.en.yaml"]);
        Assert.Contains($$"""
              - id: dana-reyes.founded.lumen-robotics.2019
                from: dana-reyes
                type: FOUNDED
                to: lumen-robotics
                start: 2019
                confidence: 0.99
                status: extracted
                evidence:
                  - {doc: a.en, span: [0, 41], quote: Dana Reyes founded Lumen Robotics in 2019, rule: {{Rule}}}
                  - {doc: a.en, span: [0, 42], quote: Dana Reyes founded Lumen Robotics in 2019., rule: en.founder.verb}
            """.Replace("\r", ""), yaml, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(0, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal("json_schema", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("Text:\n" + Dana.TrimEnd('\n'), ChatReplies.LastUserText(request));
        Assert.Equal(0, Cli.Run("validate", temp["out"]).Exit);
    }

    [Fact]
    public void Facts_with_a_fabricated_quote_an_unknown_type_or_wrong_endpoints_are_dropped_counted_and_explained()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        var answer = ChatReplies.Answer([.. DanaEntities, ("Omar Haddad", "Person"), ("the 2019 launch", "Event")],
            ChatReplies.Fact("Lumen Robotics", "RECRUITED", "Omar Haddad", "The company later hired Omar Haddad"),
            ChatReplies.Fact("Dana Reyes", "LEADS", "Lumen Robotics", "Dana Reyes is the chief executive of Lumen Robotics"),
            ChatReplies.Fact("Dana Reyes", "ADMIRES", "Lumen Robotics", "Dana Reyes founded Lumen Robotics"),
            ChatReplies.Fact("Lumen Robotics", "LEADS", "Dana Reyes", "Dana Reyes founded Lumen Robotics"),
            ChatReplies.Fact("Dana Reyes", "WORKS_AT", "Nimbus Corp", "Dana Reyes founded Lumen Robotics"));
        using var server = new FakeNeo4jServer((_, _) => Good(answer));

        var (exit, stdout, _) = Cli.Run(Args(temp, server, "--json"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var llm = json.RootElement.GetProperty("result").GetProperty("llm");
        Assert.Equal((5, 1, 5), (llm.GetProperty("proposed").GetInt32(), llm.GetProperty("kept").GetInt32(), llm.GetProperty("dropped").GetInt32()));
        var yaml = File.ReadAllText(temp["out/a.en.yaml"]);
        Assert.Contains($"      - {{doc: a.en, span: [43, 78], quote: The company later hired Omar Haddad, rule: {Rule}}}\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("chief executive", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("ADMIRES", yaml, StringComparison.Ordinal);

        var (explained, lines, _) = Cli.Run(Args(temp, server, "--explain"));

        Assert.Equal(0, explained);
        var path = temp["in/a.en.txt"];
        Assert.Equal([
            $"{path}: llm proposed 5 facts, kept 1, dropped 4",
            $"{path}: llm dropped entity the 2019 launch (Event): entity type Event is not in the vocabulary",
            $"{path}: llm dropped Dana Reyes LEADS Lumen Robotics \"Dana Reyes is the chief executive of Lumen Robotics\": the quote is not in the article",
            $"{path}: llm dropped Dana Reyes ADMIRES Lumen Robotics \"Dana Reyes founded Lumen Robotics\": relationship type ADMIRES is not in the vocabulary",
            $"{path}: llm dropped Lumen Robotics LEADS Dana Reyes \"Dana Reyes founded Lumen Robotics\": LEADS does not go from Organization to Person",
            $"{path}: llm dropped Dana Reyes WORKS_AT Nimbus Corp \"Dana Reyes founded Lumen Robotics\": Nimbus Corp is not named in the article",
        ], lines.Split('\n').Where(l => l.Contains(": llm ", StringComparison.Ordinal)));
        // The second run read the cache: the server saw one request in all.
        Assert.Single(server.Requests);
    }

    [Fact]
    public void A_type_added_to_the_data_roots_schema_is_offered_to_the_model_and_its_facts_are_kept()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        Directory.CreateDirectory(temp["data"]);
        File.Copy(RepositoryFiles.PathOf("graph-data", "schema.yaml"), temp["data/schema.yaml"]);
        File.AppendAllText(temp["data/schema.yaml"], "  - name: ADVISES\n    description: " +
            "Gives advice to an organization.\n    from: [Person]\n    to: [Organization]\n");
        var answer = ChatReplies.Answer(DanaEntities, ChatReplies.Fact("Dana Reyes", "ADVISES", "Lumen Robotics", "Dana Reyes founded Lumen Robotics in 2019"));
        using var server = new FakeNeo4jServer((_, _) => Good(answer));
        string[] args = [.. Args(temp, server)];
        args[Array.IndexOf(args, "--data") + 1] = temp["data"];

        var (exit, _, err) = Cli.Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("1 facts proposed, 1 kept; 0 proposals dropped", err, StringComparison.Ordinal);
        Assert.Contains("    type: ADVISES\n", File.ReadAllText(temp["out/a.en.yaml"]), StringComparison.Ordinal);
        Assert.Contains("ADVISES", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_without_structured_output_is_asked_again_for_plain_json_and_its_answer_checked_as_always()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((request, _) => request.Body.Contains("json_schema", StringComparison.Ordinal)
            ? FakeNeo4jServer.Json(400, """{"error": {"message": "response_format type json_schema is not supported by this """ +
                """server", "type": "invalid_request_error"}}""")
            : Good(GoodAnswer));

        var (exit, _, err) = Cli.Run(Args(temp, server));

        Assert.Equal(0, exit);
        Assert.Contains("1 facts proposed, 1 kept; 0 proposals dropped", err, StringComparison.Ordinal);
        Assert.Equal([true, false], server.Requests.Select(r => r.Body.Contains("json_schema", StringComparison.Ordinal)));
        Assert.Contains("quote: Dana Reyes founded Lumen Robotics in 2019, rule: " + Rule, File.ReadAllText(temp["out/a.en.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_answer_is_asked_for_again_once_with_the_problem_named()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, index) => Good(index == 0 ? "{\"entities\": [" : GoodAnswer));

        var (exit, _, err) = Cli.Run(Args(temp, server));

        Assert.Equal(0, exit);
        Assert.Equal(2, server.Requests.Count);
        Assert.StartsWith("That answer was not valid: not JSON (", ChatReplies.LastUserText(server.Requests[1]), StringComparison.Ordinal);
        Assert.Contains("{\"entities\": [", ChatReplies.AllText(server.Requests[1]), StringComparison.Ordinal);
        Assert.Contains("1 chunks (0 from cache), 2 requests, 240 input + 60 output tokens; 1 facts proposed, 1 kept", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_malformed_twice_fails_its_article_only_and_the_run_exits_1()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        temp.Write("in/b.en.txt", Priya);
        using var server = AnsweringPriyaWith(Good("{\"entities\": []}"));

        var (exit, _, err) = Cli.Run(Args(temp, server));

        AssertOnlyPriyaFailed(temp, exit, err,
            "the answer was not of the schema's shape (/: Required properties [\"relationships\"] are not present), also when asked again");
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public void A_429_with_Retry_After_is_waited_out_and_then_answered()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, index) => index == 0
            ? FakeNeo4jServer.Json(429, "{\"error\": {\"message\": \"slow down\"}}", new Dictionary<string, string> { ["Retry-After"] = "1" })
            : Good(GoodAnswer));
        var clock = Stopwatch.StartNew();

        var (exit, _, _) = Cli.Run(Args(temp, server));

        Assert.Equal(0, exit);
        Assert.Equal(2, server.Requests.Count);
        // The backoff asked for is 0.01 s: waiting a second is the server's Retry-After.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains("rule: " + Rule, File.ReadAllText(temp["out/a.en.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_failing_with_500_for_one_article_fails_it_after_the_retries_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        temp.Write("in/b.en.txt", Priya);
        using var server = AnsweringPriyaWith(FakeNeo4jServer.Json(500, "{\"error\": {\"message\": \"boom\"}}"));

        var (exit, _, err) = Cli.Run(Args(temp, server, "--llm-retries", "2"));

        AssertOnlyPriyaFailed(temp, exit, err, $"the server answered 500 (Internal Server Error), 3 attempts to {server.BaseAddress}v1/chat/completions");
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public void A_server_slower_than_the_timeout_fails_the_article_with_the_timeout_named()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Late(TimeSpan.FromSeconds(5), Good(GoodAnswer)));
        var clock = Stopwatch.StartNew();

        var (exit, _, err) = Cli.Run(Args(temp, server, "--llm-timeout", "0.2", "--llm-retries", "1"));

        Assert.Equal(1, exit);
        Assert.Contains($"{temp["in/a.en.txt"]}: openai:test-model chunk 1 of 1 (characters 0–94): " +
            $"no answer within 0.2 s, 2 attempts to {server.BaseAddress}v1/chat/completions; nothing written\n",
            err, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.False(File.Exists(temp["out/a.en.yaml"]));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_sends_no_request_and_writes_the_same_file()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, _) => Good(GoodAnswer));
        Assert.Equal(0, Cli.Run(Args(temp, server)).Exit);
        var first = File.ReadAllText(temp["out/a.en.yaml"]);

        var (exit, _, err) = Cli.Run(Args(temp, server));

        Assert.Equal(0, exit);
        Assert.Single(server.Requests);
        Assert.Contains("1 chunks (1 from cache), 0 requests, 0 input + 0 output tokens; 1 facts proposed, 1 kept", err, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllText(temp["out/a.en.yaml"]));
        Assert.Single(Directory.GetFiles(temp["cache"]));
    }

    [Fact]
    public void The_api_key_is_sent_to_the_server_and_appears_in_no_output_log_or_cache_file()
    {
        const string key = "sk-test-4b1d9e7f0c2a";
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        temp.Write("in/b.en.txt", Priya);
        // A server that echoes the key in its refusal, as some do.
        using var server = new FakeNeo4jServer((request, _) => ChatReplies.AllText(request).Contains("Priya", StringComparison.Ordinal)
            ? FakeNeo4jServer.Json(401, $"{{\"error\": {{\"message\": \"Incorrect API key provided: {request.Headers["Authorization"]}\"}}}}")
            : Good(GoodAnswer));
        Environment.SetEnvironmentVariable("OPENAI_API_KEY", key);
        try
        {
            var plain = Cli.Run(Args(temp, server));
            var json = Cli.Run(Args(temp, server, "--json"));
            var explained = Cli.Run(Args(temp, server, "--explain"));

            Assert.All(server.Requests, r => Assert.Equal("Bearer " + key, r.Headers["Authorization"]));
            Assert.Equal((1, 1, 1), (plain.Exit, json.Exit, explained.Exit));
            Assert.Contains(": the server answered 401: Incorrect API key provided: Bearer [key]; nothing written\n", plain.Err, StringComparison.Ordinal);
            foreach (var text in new[] { plain.Out, plain.Err, json.Out, json.Err, explained.Out, explained.Err })
                Assert.DoesNotContain(key, text, StringComparison.Ordinal);
            var files = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories);
            Assert.Contains(files, f => f.StartsWith(temp["cache"], StringComparison.Ordinal));
            Assert.All(files, f => Assert.DoesNotContain(key, File.ReadAllText(f), StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("OPENAI_API_KEY", null);
        }
    }

    [Fact]
    public void An_ollama_server_is_asked_on_its_chat_endpoint_and_its_facts_name_it()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(200, ChatReplies.Ollama(GoodAnswer, inputTokens: 77, outputTokens: 11)));

        var (exit, _, err) = Cli.Run("extract", temp["in"], "--out", temp["out"], "--data", temp["no-data"], "--llm", "ollama:qwen-test",
            "--llm-url", server.BaseAddress.ToString(), "--llm-cache", temp["cache"]);

        Assert.Equal(0, exit);
        Assert.Equal("/api/chat", Assert.Single(server.Requests).Path);
        Assert.Contains("1 requests, 77 input + 11 output tokens", err, StringComparison.Ordinal);
        Assert.Contains("quote: Dana Reyes founded Lumen Robotics in 2019, rule: 'llm:ollama:qwen-test@prompt-1'}", File.ReadAllText(temp["out/a.en.yaml"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_llm_writes_the_models_facts_and_a_rebuild_keeps_the_files_without_asking()
    {
        using var temp = new TempFolder();
        temp.Write("data/articles/a.en.txt", Dana);
        using var server = new FakeNeo4jServer((_, _) => Good(GoodAnswer));
        string[] args = ["build", temp["data"], "--out", temp["out"], "--diagrams", temp["site"], "--llm", "openai:test-model", "--llm-url",
            server.BaseAddress + "v1", "--llm-cache", temp["cache"]];

        var (exit, _, err) = Cli.Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("llm: openai:test-model, 1 articles: 1 chunks (0 from cache), 1 requests, 120 input + 30 output tokens; 1 facts proposed, 1 kept; 0 " +
            "proposals dropped\n", err, StringComparison.Ordinal);
        Assert.Contains("rule: " + Rule, File.ReadAllText(temp["data/extracted/a.en.yaml"]), StringComparison.Ordinal);
        var (again, _, againErr) = Cli.Run(args);
        Assert.Equal(0, again);
        Assert.Contains("extract: 0 extracted, 1 unchanged", againErr, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void Eval_with_llm_scores_the_facts_the_model_adds()
    {
        using var temp = new TempFolder();
        var article = temp.Write("gold/articles/a.en.txt", Dana);
        temp.Write("gold/a.gold.yaml", $$"""
            kgraph-gold: 1
            article: {{article}}
            entities:
              - {id: dana, type: Person, mentions: [Dana Reyes], curated: false}
              - {id: lumen, type: Organization, mentions: [Lumen Robotics], curated: false}
              - {id: omar, type: Person, mentions: [Omar Haddad], curated: false}
            relationships:
              - {from: dana, type: FOUNDED, to: lumen, headline: true, quotes: [Dana Reyes founded Lumen Robotics in 2019]}
              - {from: lumen, type: RECRUITED, to: omar, headline: true, quotes: [The company later hired Omar Haddad]}
            """);
        var answer = ChatReplies.Answer([.. DanaEntities, ("Omar Haddad", "Person")],
            ChatReplies.Fact("Lumen Robotics", "RECRUITED", "Omar Haddad", "The company later hired Omar Haddad"));
        using var server = new FakeNeo4jServer((_, _) => Good(answer));
        string[] args = ["eval", "--gold", temp["gold"], "--rules-only", "--data", temp["no-data"]];

        var offline = Cli.Run(args);
        var withLlm = Cli.Run([.. args, "--llm", "openai:test-model", "--llm-url", server.BaseAddress + "v1", "--llm-cache", temp["cache"]]);

        Assert.Equal((0, 0), (offline.Exit, withLlm.Exit));
        Assert.Contains("headline facts found: 1 of 2 (0.500)\n", offline.Out, StringComparison.Ordinal);
        Assert.Contains("headline facts found: 2 of 2 (1.000)\n", withLlm.Out, StringComparison.Ordinal);
        Assert.Equal("llm: openai:test-model, 1 texts: 1 chunks (0 from cache), 1 requests, 120 input + 30 output tokens\n", withLlm.Err);

        var json = Cli.Run([.. args, "--json", "--llm", "openai:test-model", "--llm-url", server.BaseAddress + "v1", "--llm-cache", temp["cache"]]);
        using var scored = JsonDocument.Parse(json.Out);
        var llm = scored.RootElement.GetProperty("result").GetProperty("llm");
        var usage = llm.GetProperty("usage");
        // Asked again with nothing changed: the one chunk comes from the cache, no request, no tokens.
        Assert.Equal(("openai:test-model", 1, 1, 0, 0L, 0L),
            (llm.GetProperty("proposer").GetString(), usage.GetProperty("chunks").GetInt32(), usage.GetProperty("cachedChunks").GetInt32(),
                usage.GetProperty("requests").GetInt32(), usage.GetProperty("inputTokens").GetInt64(), usage.GetProperty("outputTokens").GetInt64()));
        using var offlineJson = JsonDocument.Parse(Cli.Run([.. args, "--json"]).Out);
        Assert.False(offlineJson.RootElement.GetProperty("result").TryGetProperty("llm", out _));
    }
}
