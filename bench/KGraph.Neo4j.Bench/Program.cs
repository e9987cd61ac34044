using System.Diagnostics;
using System.Globalization;
using System.Text;
using KGraph.Neo4j.Bench;
using KGraph.Neo4j.Export;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;
using KGraph.Vocabulary;

// On-demand benchmark: dotnet run -c Release --project bench/KGraph.Neo4j.Bench [relationships] [batch sizes...]
// Client side only: the server drains request bodies, so the figures are what KGraph can send.
var relationships = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var batchSizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 5_000, 20_000, 50_000];
const double TargetSend = 200_000, TargetCsv = 1_000_000;

Console.WriteLine($"KGraph Neo4j client benchmark: {relationships:N0} relationships, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
var graph = SyntheticGraph.Create(relationships, Math.Max(1_000, relationships / 10));
Neo4jLoadPlan.For(SyntheticGraph.Create(1_000, 1_000), GraphVocabulary.BuiltIn);
var planClock = Stopwatch.StartNew();
var plan = Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn);
Console.WriteLine($"load plan built in {planClock.Elapsed.TotalSeconds:0.000} s");
Console.WriteLine($"graph in memory: {LiveHeap() / 1e6:0} MB managed heap ({graph.Entities.Count:N0} entities)");
Console.WriteLine();
Console.WriteLine($"load average {LoadAverage()} on {Environment.ProcessorCount} cores: wall-clock rates depend on it; " +
    "CPU rates count this process's CPU time (client + drain server + GC)");
Console.WriteLine();
var sent = plan.Steps.Sum(s => (long)s.RowCount);
Console.WriteLine($"sending: {sent:N0} rows in all (entities and relationships, as kgraph load sends them)");
Console.WriteLine($"{"batch",8} {"requests",9} {"wall s",7} {"CPU s",6} {"rows/s wall",12} {"rows/CPU-s",11} {"MB/CPU-s",9} {"alloc B/row",12}   " +
    $"target >= {TargetSend:N0} rows/s");

using var server = new DrainServer();
var settings = new Neo4jConnectionSettings { BaseAddress = server.BaseAddress, Password = "bench" };
using var http = Neo4jQueryApiClient.CreateHttpClient();
var client = new Neo4jQueryApiClient(http, settings);
foreach (var batchSize in batchSizes)
{
    var bytesBefore = server.Bytes;
    var requestsBefore = server.Requests;
    var allocated = GC.GetTotalAllocatedBytes(true);
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    await Send(plan, batchSize, probe: null);
    clock.Stop();
    var cpuSeconds = (Cpu() - cpu).TotalSeconds;
    var perRow = (GC.GetTotalAllocatedBytes(true) - allocated) / (double)sent;
    var mb = (server.Bytes - bytesBefore) / 1e6;
    Console.WriteLine($"{batchSize,8:N0} {server.Requests - requestsBefore,9:N0} {clock.Elapsed.TotalSeconds,7:0.00} {cpuSeconds,6:0.00} " +
        $"{sent / clock.Elapsed.TotalSeconds,12:N0} {sent / cpuSeconds,11:N0} {mb / cpuSeconds,9:0.0} {perRow,12:N0}");
}

Console.WriteLine();
Console.WriteLine($"{"CSV file",-20} {"rows",10} {"wall s",7} {"CPU s",6} {"rows/s wall",12} {"rows/CPU-s",11} {"MB",5} {"alloc B/row",12}   " +
    $"target >= {TargetCsv:N0} rows/s");
foreach (var (name, write) in new (string, Action<Neo4jLoadPlan, TextWriter>)[]
{
    ("relationships.csv", Neo4jImportCsvWriter.WriteRelationships),
    ("entities.csv", Neo4jImportCsvWriter.WriteEntities),
})
{
    var counting = new CountingStream();
    var allocated = GC.GetTotalAllocatedBytes(true);
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    WriteCsv(plan, write, counting);
    clock.Stop();
    var cpuSeconds = (Cpu() - cpu).TotalSeconds;
    var rows = name.StartsWith("rel", StringComparison.Ordinal) ? plan.Relationships.Count : graph.Entities.Count;
    var perRow = (GC.GetTotalAllocatedBytes(true) - allocated) / (double)rows;
    Console.WriteLine($"{name,-20} {rows,10:N0} {clock.Elapsed.TotalSeconds,7:0.00} {cpuSeconds,6:0.00} {rows / clock.Elapsed.TotalSeconds,12:N0} " +
        $"{rows / cpuSeconds,11:N0} {counting.Length / 1e6,5:0} {perRow,12:N0}");
}

// Memory, untimed: full collections (GC.Collect + WaitForPendingFinalizers) in the middle of the
// run measure what the load or export holds live, above the graph itself, at a tenth of the rows
// and at all of them. Flat means streaming: the figure does not grow with the number of rows.
Console.WriteLine();
Console.WriteLine($"memory held while running, above the graph (live heap after full GCs mid-run; batch {Neo4jLoadPlan.DefaultBatchSize:N0} for sending):");
Console.WriteLine($"{"rows",10} {"send: max live MB",18} {"relationships.csv: max live MB",31} {"after: live MB",15}");
var tenth = Neo4jLoadPlan.For(SyntheticGraph.Create(relationships / 10, Math.Max(1_000, relationships / 10)), GraphVocabulary.BuiltIn);
foreach (var measured in new[] { tenth, plan })
{
    var baseline = LiveHeap();
    var send = new HeapProbe(baseline);
    await Send(measured, Neo4jLoadPlan.DefaultBatchSize, send);
    var csv = new HeapProbe(baseline);
    WriteCsv(measured, Neo4jImportCsvWriter.WriteRelationships, new CountingStream(csv.Sample, everyBytes: 16_000_000));
    Console.WriteLine($"{measured.Relationships.Count,10:N0} {send.Max / 1e6,18:0.0} {csv.Max / 1e6,31:0.0} {(LiveHeap() - baseline) / 1e6,15:0.0}");
}
GC.KeepAlive(tenth);
Console.WriteLine($"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB " +
    "(graphs, their construction garbage and the above)");
Console.WriteLine();
Console.WriteLine("Reference: neo4j-admin database import publishes ~1,000,000 records/s (server side, offline).");

// Through Neo4jGraphWriter, as `kgraph load` sends: every step of the plan (entities and
// relationships), one request at a time; the counts are those of all rows sent.
async Task Send(Neo4jLoadPlan measured, int batchSize, HeapProbe? probe)
{
    var batches = 0;
    var sampler = probe is null ? null : new SyncProgress(_ => { if (batches++ % 20 == 0) probe.Sample(); });
    await new Neo4jGraphWriter(client).WriteAsync(measured, batchSize, progress: sampler);
}

static void WriteCsv(Neo4jLoadPlan measured, Action<Neo4jLoadPlan, TextWriter> write, Stream output)
{
    using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    write(measured, writer);
    writer.Flush();
}

static long LiveHeap()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(true);
}

static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

/// <summary>Reports on the thread that reports, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
internal sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
{
    public void Report(LoadProgress value) => report(value);
}

/// <summary>Forces full collections on demand and keeps the largest live heap seen above a baseline.</summary>
internal sealed class HeapProbe(long baseline)
{
    public long Max { get; private set; }

    public void Sample()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Max = Math.Max(Max, GC.GetTotalMemory(true) - baseline);
    }
}

/// <summary>A write-only stream that only counts bytes, so CSV timing includes encoding but no disk.</summary>
internal sealed class CountingStream(Action? every = null, long everyBytes = long.MaxValue) : Stream
{
    private long _length;
    private readonly long _step = everyBytes;
    private long _next = everyBytes;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        if (_length < _next) return;
        _next += _step;
        every?.Invoke();
    }
}
