namespace KGraph.Extraction.Proposals;

/// <summary>A proposer could not answer for every chunk of an article: the article is reported failed and its file left as it was.</summary>
public sealed class ProposalFailedException(string message) : Exception(message)
{
}
