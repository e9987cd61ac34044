using System.Diagnostics;

namespace KGraph.Extraction;

/// <summary>The stages of <see cref="ArticleExtractor"/>, as the benchmark breaks its time down.</summary>
internal enum Stage
{
    Fold,
    Sentences,
    Gazetteer,
    LatinNames,
    Tagger,
    ChineseNames,
    Select,
    EntityModel,
    Coreference,
    Relations,
    RelationModel,
    Result,
}

/// <summary>Time and allocated bytes per stage, summed over threads; only the benchmark turns it on (<see cref="ArticleExtractor.Timings"/>).</summary>
internal sealed class StageTimes
{
    [ThreadStatic] private static long t_allocated;
    private readonly long[] _ticks = new long[Enum.GetValues<Stage>().Length];
    private readonly long[] _bytes = new long[Enum.GetValues<Stage>().Length];

    /// <summary>Adds the time (and this thread's allocations) since <paramref name="since"/> to the stage and restarts the clock.</summary>
    public void Lap(Stage stage, ref long since)
    {
        var now = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        Interlocked.Add(ref _ticks[(int)stage], now - since);
        if (t_allocated != 0) Interlocked.Add(ref _bytes[(int)stage], allocated - t_allocated);
        t_allocated = allocated;
        since = now;
    }

    /// <summary>Starts this thread's allocation count where the clock starts.</summary>
    public static long Start()
    {
        t_allocated = GC.GetAllocatedBytesForCurrentThread();
        return Stopwatch.GetTimestamp();
    }

    public TimeSpan this[Stage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    public long AllocatedBytes(Stage stage) => Interlocked.Read(ref _bytes[(int)stage]);
}
