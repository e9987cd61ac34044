using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KGraph.Tests;

/// <summary>
/// An HTTP server on 127.0.0.1 that records every request and answers as the handler says:
/// JSON with a status (and headers), a dropped connection, or a late answer. The LLM tests use it as a chat server (<see cref="ChatReplies"/>).
/// </summary>
internal sealed class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, int, Reply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];

    public FakeNeo4jServer(Func<RecordedRequest, int, Reply> handler)
    {
        _handler = handler;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public static Reply Json(int status, string body) => new JsonReply(status, body);
    public static Reply Json(int status, string body, IReadOnlyDictionary<string, string> headers) => new JsonReply(status, body) { Headers = headers };
    public static Reply Drop() => new DropReply();
    public static Reply Late(TimeSpan delay, Reply then) => new LateReply(delay, then);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
        int index;
        lock (_requests)
        {
            index = _requests.Count;
            _requests.Add(request);
        }
        var reply = _handler(request, index);
        try
        {
            while (reply is LateReply late)
            {
                await Task.Delay(late.Delay, _stop.Token).ConfigureAwait(false);
                reply = late.Then;
            }
            switch (reply)
            {
                case DropReply:
                    // Promise a body, send a few bytes of it, then cut the connection.
                    context.Response.StatusCode = 202;
                    context.Response.ContentLength64 = 1000;
                    await context.Response.OutputStream.WriteAsync("{\"data\":"u8.ToArray()).ConfigureAwait(false);
                    await context.Response.OutputStream.FlushAsync().ConfigureAwait(false);
                    context.Response.Abort();
                    break;
                case JsonReply json:
                    var bytes = Encoding.UTF8.GetBytes(json.Body);
                    context.Response.StatusCode = json.Status;
                    context.Response.ContentType = "application/json";
                    foreach (var (name, value) in json.Headers) context.Response.AddHeader(name, value);
                    context.Response.ContentLength64 = bytes.Length;
                    await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                    context.Response.Close();
                    break;
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            context.Response.Abort();
        }
        catch (HttpListenerException)
        {
            // The client gave up (timeout test); nothing to answer.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }

    internal abstract record Reply;
    private sealed record JsonReply(int Status, string Body) : Reply
    {
        public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    }
    private sealed record DropReply : Reply;
    private sealed record LateReply(TimeSpan Delay, Reply Then) : Reply;
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
