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
var plan = Neo4jLoadPlan.For(graph, GraphVocabulary.BuiltIn);
var relationshipSteps = plan.Steps.Where(s => s.Name.EndsWith(" relationships", StringComparison.Ordinal)).ToList();
var baseline = Heap();
Console.WriteLine($"graph in memory: {baseline / 1e6:0} MB managed heap ({graph.Entities.Count:N0} entities)");
Console.WriteLine();
Console.WriteLine($"load average {LoadAverage()} on {Environment.ProcessorCount} cores: wall-clock rates depend on it; CPU rates count this process's CPU time (client + drain server + GC)");
Console.WriteLine();
Console.WriteLine($"{"batch",8} {"requests",9} {"wall s",7} {"CPU s",6} {"rel/s wall",11} {"rel/CPU-s",10} {"MB/CPU-s",9} {"heap above graph (peak)",24}   target >= {TargetSend:N0} rel/s");

using var server = new DrainServer();
var settings = new Neo4jConnectionSettings { BaseAddress = server.BaseAddress, Password = "bench" };
using var http = Neo4jQueryApiClient.CreateHttpClient();
var client = new Neo4jQueryApiClient(http, settings);
foreach (var batchSize in batchSizes)
{
    var bytesBefore = server.Bytes;
    var requestsBefore = server.Requests;
    using var peak = new PeakHeap();
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    foreach (var step in relationshipSteps)
        foreach (var batch in step.Batches(batchSize))
            await client.RunAsync(new QueryRequest(step.Statement, new Dictionary<string, object?> { ["rows"] = batch }));
    clock.Stop();
    var cpuSeconds = (Cpu() - cpu).TotalSeconds;
    var mb = (server.Bytes - bytesBefore) / 1e6;
    Console.WriteLine($"{batchSize,8:N0} {server.Requests - requestsBefore,9:N0} {clock.Elapsed.TotalSeconds,7:0.00} {cpuSeconds,6:0.00} {relationships / clock.Elapsed.TotalSeconds,11:N0} {relationships / cpuSeconds,10:N0} {mb / cpuSeconds,9:0.0} {(peak.Max - baseline) / 1e6,21:0} MB");
}

Console.WriteLine();
Console.WriteLine($"{"CSV file",-20} {"rows",10} {"wall s",7} {"CPU s",6} {"rows/s wall",12} {"rows/CPU-s",11} {"MB",5}   target >= {TargetCsv:N0} rows/s");
foreach (var (name, write) in new (string, Action<Neo4jLoadPlan, TextWriter>)[]
{
    ("relationships.csv", Neo4jImportCsvWriter.WriteRelationships),
    ("entities.csv", Neo4jImportCsvWriter.WriteEntities),
})
{
    var counting = new CountingStream();
    using var writer = new StreamWriter(counting, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    using var peak = new PeakHeap();
    var cpu = Cpu();
    var clock = Stopwatch.StartNew();
    write(plan, writer);
    writer.Flush();
    clock.Stop();
    var cpuSeconds = (Cpu() - cpu).TotalSeconds;
    var rows = name.StartsWith("rel", StringComparison.Ordinal) ? plan.Relationships.Count : graph.Entities.Count;
    Console.WriteLine($"{name,-20} {rows,10:N0} {clock.Elapsed.TotalSeconds,7:0.00} {cpuSeconds,6:0.00} {rows / clock.Elapsed.TotalSeconds,12:N0} {rows / cpuSeconds,11:N0} {counting.Length / 1e6,5:0}   heap above graph (peak) {(peak.Max - baseline) / 1e6:0} MB");
}
Console.WriteLine();
Console.WriteLine("Reference: neo4j-admin database import publishes ~1,000,000 records/s (server side, offline).");

static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static long Heap()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(true);
}

/// <summary>Samples the managed heap every 20 ms while alive.</summary>
internal sealed class PeakHeap : IDisposable
{
    private readonly Timer _timer;
    private long _max;

    public PeakHeap() => _timer = new Timer(_ => Max = Math.Max(Max, GC.GetTotalMemory(false)), null, 0, 20);

    public long Max { get => Interlocked.Read(ref _max); private set => Interlocked.Exchange(ref _max, value); }

    public void Dispose() => _timer.Dispose();
}

/// <summary>A write-only stream that only counts bytes, so CSV timing includes encoding but no disk.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}
