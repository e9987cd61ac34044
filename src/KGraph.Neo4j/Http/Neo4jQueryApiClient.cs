using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, Neo4j 5.25+
/// and Aura). Every answer is checked for <c>errors</c> whatever its status, because an error
/// raised after rows were streamed arrives as 202 with <c>errors</c> after <c>data</c>.
/// Transient failures are retried per <see cref="Neo4jRetryPolicy"/>. The password only ever
/// goes into the Authorization header.
/// </summary>
public sealed class Neo4jQueryApiClient
{
    private const string JsonMediaType = "application/json";
    private readonly HttpClient _http;
    private readonly Neo4jRetryPolicy _retry;
    private readonly Action<string>? _log;
    private readonly AuthenticationHeaderValue _authorization;

    /// <param name="http">Used as is; its own Timeout should be infinite (the client applies <see cref="Neo4jConnectionSettings.RequestTimeout"/> per
    /// attempt).</param>
    /// <param name="log">Receives one line per request and retry (for --verbose); never credentials.</param>
    public Neo4jQueryApiClient(HttpClient http, Neo4jConnectionSettings settings, Neo4jRetryPolicy? retry = null, Action<string>? log = null)
    {
        _http = http;
        Settings = settings;
        _retry = retry ?? Neo4jRetryPolicy.Default;
        _log = log;
        _authorization = new AuthenticationHeaderValue("Basic", settings.BasicCredentials);
    }

    public Neo4jConnectionSettings Settings { get; }

    /// <summary>An HttpClient suited to this client: pooled connections, no global timeout.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Asks <c>GET /</c> what the server is. Returns null when the server does not answer
    /// discovery (Aura, proxies); throws when it does answer and has no Query API.
    /// </summary>
    public async Task<Neo4jServerInfo?> ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Settings.BaseAddress);
        request.Headers.Accept.ParseAdd(JsonMediaType);
        using var response = await SendOnceAsync(request, Min(Settings.RequestTimeout, _retry.MaxTotalWait), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return null;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement root;
        try { root = JsonDocument.Parse(text).RootElement; }
        catch (JsonException) { return null; }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("neo4j_version", out var version)) return null;
        var info = new Neo4jServerInfo(
            Clean(version.GetString()),
            root.TryGetProperty("neo4j_edition", out var edition) ? Clean(edition.GetString()) : null,
            root.TryGetProperty("query", out _) || root.TryGetProperty("query_api_versions", out _));
        _log?.Invoke($"server {Settings.BaseAddress.GetLeftPart(UriPartial.Authority)}: {info}");
        if (!info.HasQueryApi)
            throw new Neo4jException(
                $"{info} at {Settings.BaseAddress.GetLeftPart(UriPartial.Authority)} has no Query API: " +
                $"KGraph needs Neo4j {Neo4jServerInfo.MinimumVersion} or later (or Aura)");
        return info;
    }

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new QueryRequest(statement, parameters), cancellationToken);

    /// <summary>
    /// Runs one statement (its own transaction), retrying transient failures until it succeeds,
    /// <see cref="Neo4jRetryPolicy.MaxAttempts"/> are used up, or it has waited <see cref="Neo4jRetryPolicy.MaxTotalWait"/>.
    /// </summary>
    public async Task<QueryResult> RunAsync(QueryRequest query, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var left = _retry.MaxTotalWait - Stopwatch.GetElapsedTime(started);
            try
            {
                if (left <= TimeSpan.Zero) throw new Neo4jException($"{Where} did not answer", isTransient: true) { IsTimeout = true };
                return await RunOnceAsync(query, Min(Settings.RequestTimeout, left), cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && !cancellationToken.IsCancellationRequested)
            {
                var delay = _retry.DelayBefore(attempt);
                if (Stopwatch.GetElapsedTime(started) + delay >= _retry.MaxTotalWait) throw GaveUp(e);
                if (attempt >= _retry.MaxAttempts) throw;
                _log?.Invoke($"attempt {attempt} of {_retry.MaxAttempts} failed ({e.Message}); retrying in {delay.TotalMilliseconds:0} ms");
                await _retry.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Neo4jException GaveUp(Neo4jException last)
    {
        var what = last.IsTimeout ? $"{Where} did not answer" : last.Message;
        return new Neo4jException($"{what}; not retried further: one request may wait at most {_retry.MaxTotalWait.TotalSeconds:0.#} s in all, " +
            $"retries included (--max-wait)",
            last.Code, last.HttpStatus, isTransient: true, inner: last)
        { IsTimeout = last.IsTimeout };
    }

    private async Task<QueryResult> RunOnceAsync(QueryRequest query, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Settings.QueryEndpoint);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.ParseAdd(JsonMediaType);
        request.Content = new ReadOnlyMemoryContent(query.Body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType);
        var started = Stopwatch.GetTimestamp();
        using var response = await SendOnceAsync(request, timeout, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        _log?.Invoke($"POST {Settings.QueryEndpoint.AbsolutePath} {query.Body.Length} bytes -> {(int)response.StatusCode} in " +
            $"{Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return Neo4jResponse.Read(response.StatusCode, text, query.Statement, this);
    }

    internal string Where => $"Neo4j at {Settings.BaseAddress.GetLeftPart(UriPartial.Authority)}";

    /// <summary>Text the server sent, fit to print (see <see cref="ServerText"/>).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal string? Clean(string? text) => text is null ? null : ServerText.Clean(text, Settings);

    /// <summary>Sends the request and reads the whole answer, both within <paramref name="timeout"/>.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        HttpResponseMessage? response = null;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
            // The body is read apart from the headers so that a connection cut mid-body is told as
            // such, not as HttpClient's "Error while copying content to a stream".
            await response.Content.LoadIntoBufferAsync(timer.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw new Neo4jException($"{Where} did not answer within {timeout.TotalSeconds:0.#} s", isTransient: true) { IsTimeout = true };
        }
        catch (Exception e) when (response is not null && e is HttpRequestException or IOException)
        {
            response.Dispose();
            throw new Neo4jException($"{Where} closed the connection mid-answer", httpStatus: (int)response.StatusCode, isTransient: true, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException($"cannot reach {Where}: {Clean(e.Message)}", httpStatus: e.StatusCode is { } s ? (int)s : null,
                isTransient: true, inner: e);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    internal static bool IsServerError(HttpStatusCode status) => (int)status >= 500;
}
