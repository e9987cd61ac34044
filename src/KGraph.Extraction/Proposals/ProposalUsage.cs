namespace KGraph.Extraction.Proposals;

/// <summary>What proposing cost: chunks asked about, how many came from the cache, requests sent and tokens spent on them.</summary>
public sealed record ProposalUsage(int Chunks, int CachedChunks, int Requests, long InputTokens, long OutputTokens)
{
    public static ProposalUsage None { get; } = new(0, 0, 0, 0, 0);

    public ProposalUsage Add(ProposalUsage other) =>
        new(Chunks + other.Chunks, CachedChunks + other.CachedChunks, Requests + other.Requests, InputTokens + other.InputTokens,
            OutputTokens + other.OutputTokens);
}
