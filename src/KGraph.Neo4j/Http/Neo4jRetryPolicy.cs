namespace KGraph.Neo4j.Http;

/// <summary>
/// Bounded exponential backoff with jitter for transient failures. The delay before retry n
/// (1-based) is a random value between half and all of min(MaxDelay, BaseDelay * 2^(n-1)),
/// so clients that failed together do not come back together. Retries also stop when one
/// request has waited <see cref="MaxTotalWait"/> in all, so a hung server is given up on in
/// minutes, not after MaxAttempts full timeouts.
/// </summary>
public sealed record Neo4jRetryPolicy
{
    public int MaxAttempts { get; init; } = 6;
    /// <summary>The most one request may take, all attempts and pauses included; attempts are cut short to fit.</summary>
    public TimeSpan MaxTotalWait { get; init; } = TimeSpan.FromSeconds(DefaultMaxTotalWaitSeconds);
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);
    public Random Random { get; init; } = Random.Shared;
    /// <summary>How to wait; tests replace it to record delays instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    public const int DefaultMaxTotalWaitSeconds = 180;

    public static Neo4jRetryPolicy Default { get; } = new();

    public TimeSpan DelayBefore(int retry)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        var cap = Math.Min(MaxDelay.TotalMilliseconds, exponential);
        return TimeSpan.FromMilliseconds(cap / 2 + Random.NextDouble() * cap / 2);
    }
}
