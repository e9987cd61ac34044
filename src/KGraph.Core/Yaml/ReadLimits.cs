namespace KGraph.Yaml;

/// <summary>Bounds on what a single input file may cost us.</summary>
public sealed record ReadLimits(long MaxFileBytes)
{
    /// <summary>64 MiB: far above any hand-edited or per-article file, far below trouble.</summary>
    public static ReadLimits Default { get; } = new(64L * 1024 * 1024);

    /// <summary>
    /// How deeply YAML collections may nest. KGraph's own files need six levels; the parsers
    /// recurse per level, so without a bound 50,000 nested brackets overflow the stack.
    /// </summary>
    public const int MaxNestingDepth = 64;
}
