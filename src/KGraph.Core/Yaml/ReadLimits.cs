namespace KGraph.Yaml;

/// <summary>Bounds on what a single input file may cost us.</summary>
public sealed record ReadLimits(long MaxFileBytes)
{
    /// <summary>64 MiB: far above any hand-edited or per-article file, far below trouble.</summary>
    public static ReadLimits Default { get; } = new(64L * 1024 * 1024);
}
