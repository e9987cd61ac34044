using KGraph.Extraction.Reading;

namespace KGraph.Extraction.Proposals;

/// <summary>
/// Something outside the rules and models that proposes entities and quoted facts for an article (an LLM).
/// The extractor checks every proposal against the text (<see cref="ProposalChecker"/>) before it is written.
/// </summary>
public interface IFactProposer
{
    /// <summary>Everything besides the article that decides the proposals (provider, model, prompt version): part of the extractor's version.</summary>
    string Fingerprint { get; }

    /// <summary>How many requests it sends at once: the runner keeps that many articles in flight.</summary>
    int Parallelism { get; }

    Task<ProposalSet> ProposeAsync(ArticleText article, CancellationToken cancellationToken = default);
}
