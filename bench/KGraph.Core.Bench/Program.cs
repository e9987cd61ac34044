using System.Diagnostics;
using KGraph.Core.Bench;
using KGraph.Store;

// kgraph core benchmark: load + resolve + validate a synthetic graph-data folder, and parse
// the same files with PyYAML's C loader as a reference.
//   dotnet run -c Release --project bench/KGraph.Core.Bench -- [DIR] [ENTITIES] [RELATIONSHIPS]
var root = args.Length > 0 ? args[0] : "bench-data/core";
var entities = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var relationships = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500_000;

if (!Directory.Exists(Path.Combine(root, "curated")))
{
    Console.WriteLine($"generating {entities:N0} entities and {relationships:N0} relationships in {root} ...");
    SyntheticGraphGenerator.Generate(root, entities, relationships);
}
var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).ToList();
var bytes = files.Sum(f => new FileInfo(f).Length);
Console.WriteLine($"{files.Count:N0} files, {bytes / 1048576.0:N1} MiB");

using var self = Process.GetCurrentProcess();
var cpuBefore = self.TotalProcessorTime;
var watch = Stopwatch.StartNew();
var result = GraphLoader.Load([root], new LoadOptions { Texts = null });
watch.Stop();
self.Refresh();
var kgraphCpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
var kgraphSeconds = watch.Elapsed.TotalSeconds;
var kgraphPeak = self.PeakWorkingSet64 / 1048576.0;
Console.WriteLine($"kgraph: {result.Graph.Entities.Count:N0} entities, {result.Graph.Relationships.Count:N0} relationships, {result.Diagnostics.Count} " +
    $"diagnostics");
if (result.Diagnostics.Count > 0) Console.WriteLine("  first: " + result.Diagnostics[0]);

var python = RunPyYaml(root);
Console.WriteLine();
Console.WriteLine($"(load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores)");
Console.WriteLine($"| {"",-44} | {"seconds",8} | {"CPU s",8} | {"peak MiB",9} |");
Console.WriteLine($"| {"kgraph load + resolve + validate",-44} | {kgraphSeconds,8:N2} | {kgraphCpu,8:N2} | {kgraphPeak,9:N0} |");
if (python is { } p)
{
    Console.WriteLine($"| {"PyYAML CSafeLoader parse only",-44} | {p.Seconds,8:N2} | {p.CpuSeconds,8:N2} | {p.PeakMiB,9:N0} |");
    Console.WriteLine($"ratio kgraph / PyYAML: {kgraphSeconds / p.Seconds:N2}x time");
}
return result.HasErrors ? 3 : 0;

static (double Seconds, double CpuSeconds, double PeakMiB)? RunPyYaml(string root)
{
    const string script = """
        import glob, sys, time, yaml
        files = sorted(glob.glob(sys.argv[1] + '/**/*.yaml', recursive=True))
        t = time.perf_counter()
        c = time.process_time()
        for f in files:
            with open(f, encoding='utf-8') as h:
                yaml.load(h, Loader=yaml.CSafeLoader)
        # ru_maxrss survives execve on Linux (it would report the .NET parent's peak); VmHWM does not.
        hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]
        print(time.perf_counter() - t, time.process_time() - c, int(hwm) / 1024)
        """;
    try
    {
        using var process = Process.Start(
            new ProcessStartInfo("/usr/bin/python3", ["-c", script, root]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine("PyYAML reference failed (apt-get install python3-yaml): " + error.Trim());
            return null;
        }
        var parts = output.Split(' ', StringSplitOptions.TrimEntries);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return (double.Parse(parts[0], invariant), double.Parse(parts[1], invariant), double.Parse(parts[2], invariant));
    }
    catch (System.ComponentModel.Win32Exception e)
    {
        Console.WriteLine("PyYAML reference not run: " + e.Message);
        return null;
    }
}
