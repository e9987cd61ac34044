using System.Diagnostics;
using System.Globalization;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using KGraph.Extraction.Recognition;

/// <summary>
/// --tagger: our tagger beside jieba.NET's PosSegmenter, both cutting whole texts with the HMM on
/// one thread: start-up and memory kept by each, identical tokens and tags on every distinct input paragraph, then CPU time on the corpus.
/// </summary>
internal static class TaggerComparison
{
    public static void Run(IReadOnlyList<string> paragraphs, IReadOnlyList<string> articles, long characters)
    {
        // Start-up and retained memory first, each cold in this process: ours, then jieba.NET's (dictionary, HMM tables, first cut).
        JiebaTagger ours = null!;
        var (oursLoad, oursHeap) = Loading(() => _ = (ours = JiebaTagger.Base).Cut("我们的公司在北京", true));
        ConfigManager.ConfigFileBaseDir = JiebaTagger.DefaultDirectory;
        PosSegmenter reference = null!;
        var (referenceLoad, referenceHeap) = Loading(() => _ = (reference = new PosSegmenter(new JiebaSegmenter())).Cut("我们的公司在北京", true).Count());
        Console.WriteLine(Line($"start-up (load + first cut): ours {oursLoad:0.00} CPU-s, {oursHeap:0} MiB kept; ") +
            Line($"jieba.NET {referenceLoad:0.00} CPU-s, {referenceHeap:0} MiB kept"));
        var distinct = paragraphs.Distinct(StringComparer.Ordinal).ToList();
        long tokens = 0, differing = 0;
        foreach (var paragraph in distinct)
        {
            string[] expected = [.. reference.Cut(paragraph, true).Select(p => $"{p.Word}/{p.Flag}")];
            string[] actual = [.. ours.Cut(paragraph, true).Select(t => $"{t.Word}/{t.Tag}")];
            tokens += expected.Length;
            if (expected.SequenceEqual(actual)) continue;
            if (differing++ < 3) Console.WriteLine($"differs: {paragraph}\n  jieba.NET {string.Join(' ', expected)}\n  ours      {string.Join(' ', actual)}");
        }
        Console.WriteLine(Line($"equivalence: {distinct.Count:N0} distinct paragraphs ({distinct.Sum(p => p.Length):N0} characters, ") +
            Line($"{tokens:N0} jieba.NET tokens), {differing} differ in any token or tag"));
        var oursSeconds = CpuSeconds(() => articles.Sum(a => ours.Cut(a, true).Count));
        var referenceSeconds = CpuSeconds(() => articles.Sum(a => reference.Cut(a, true).Count()));
        Console.WriteLine(Line($"our tagger, Cut with HMM, 1 thread:        {characters / oursSeconds,12:N0} chars/CPU-s ({oursSeconds:0.00} CPU-s)"));
        Console.WriteLine(Line($"jieba.NET PosSegmenter.Cut, HMM, 1 thread: {characters / referenceSeconds,12:N0} chars/CPU-s ") +
            Line($"({referenceSeconds:0.00} CPU-s)"));
    }

    private static (double CpuSeconds, double HeapMiB) Loading(Action load)
    {
        var heap = GC.GetTotalMemory(true);
        var seconds = CpuSeconds(() =>
        {
            load();
            return 0;
        });
        return (seconds, (GC.GetTotalMemory(true) - heap) / 1048576.0);
    }

    private static double CpuSeconds(Func<int> work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
