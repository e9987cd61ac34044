using System.Net;
using KGraph.Llm;

namespace KGraph.Llm.Tests;

public class RetryingHandlerTests
{
    private static LlmSettings Settings(Uri address) => new()
    {
        Provider = LlmSettings.OpenAi,
        Model = "m",
        BaseUrl = address,
        Attempts = 3,
        Backoff = TimeSpan.FromMilliseconds(10),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
    };

    private static async Task<HttpResponseMessage> PostAsync(RetryingHandler handler, Uri address)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        return await http.PostAsync(new Uri(address, "v1/chat/completions?x=1"), new StringContent("{\"model\": \"m\"}"));
    }

    [Fact]
    public async Task A_refusal_that_retrying_cannot_change_is_returned_at_once()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(400, "{}"));
        using var handler = new RetryingHandler(Settings(server.BaseAddress));

        using var response = await PostAsync(handler, server.BaseAddress);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task Every_attempt_sends_the_same_body()
    {
        using var server = new FakeNeo4jServer((_, index) => FakeNeo4jServer.Json(index < 2 ? 503 : 200, "{}"));
        using var handler = new RetryingHandler(Settings(server.BaseAddress));

        using var response = await PostAsync(handler, server.BaseAddress);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["{\"model\": \"m\"}", "{\"model\": \"m\"}", "{\"model\": \"m\"}"], server.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task A_server_asking_to_wait_longer_than_kgraph_waits_fails_the_request_without_waiting()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "3600" }));
        using var handler = new RetryingHandler(Settings(server.BaseAddress));

        var failed = await Assert.ThrowsAsync<LlmRequestException>(() => PostAsync(handler, server.BaseAddress));

        Assert.Equal("the server answered 429 (Too Many Requests) and asked to wait 3600 s, longer than the 30 s KGraph waits", failed.Message);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task Retry_after_given_as_a_date_already_past_retries_at_once_and_the_last_failure_names_the_address_without_its_query()
    {
        using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.Json(502, "{}", new Dictionary<string,
            string>
        { ["Retry-After"] = "Wed, 21 Oct 2015 07:28:00 GMT" }));
        using var handler = new RetryingHandler(Settings(server.BaseAddress));

        var failed = await Assert.ThrowsAsync<LlmRequestException>(() => PostAsync(handler, server.BaseAddress));

        Assert.Equal($"the server answered 502 (Bad Gateway), 3 attempts to {server.BaseAddress}v1/chat/completions", failed.Message);
        Assert.Equal(3, handler.Requests);
    }
}
