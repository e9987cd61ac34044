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
    Coreference,
    Relations,
    Result,
}

/// <summary>Time per stage, summed over threads; only the benchmark turns it on (<see cref="ArticleExtractor.Timings"/>).</summary>
internal sealed class StageTimes
{
    private readonly long[] _ticks = new long[Enum.GetValues<Stage>().Length];

    /// <summary>Adds the time since <paramref name="since"/> to the stage and restarts the clock.</summary>
    public void Lap(Stage stage, ref long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - since);
        since = now;
    }

    public TimeSpan this[Stage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));
}
