using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KGraph.Neo4j.Bench;

/// <summary>A local HTTP server that reads and discards request bodies and answers 202 with empty counters.</summary>
internal sealed class DrainServer : IDisposable
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes("""{"data":{"fields":[],"values":[]},"counters":{"nodesCreated":0},"bookmarks":[]}""");
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private long _bytes;
    private long _requests;

    public DrainServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseAddress { get; }
    public long Bytes => Interlocked.Read(ref _bytes);
    public long Requests => Interlocked.Read(ref _requests);

    private async Task LoopAsync()
    {
        var buffer = new byte[1 << 16];
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            int read;
            while ((read = await context.Request.InputStream.ReadAsync(buffer)) > 0) Interlocked.Add(ref _bytes, read);
            Interlocked.Increment(ref _requests);
            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = Answer.Length;
            await context.Response.OutputStream.WriteAsync(Answer);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
