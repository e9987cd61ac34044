namespace KGraph.Extraction.Proposals;

/// <summary>What a proposer answered for one article: entities and facts as the model wrote them, what it cost, and the chunks it could not get an answer
/// for.</summary>
public sealed record ProposalSet(IReadOnlyList<ProposedEntity> Entities, IReadOnlyList<ProposedFact> Facts, ProposalUsage Usage,
    IReadOnlyList<string> Failures);

/// <summary>An entity by the name the article uses and the type the proposer gave it.</summary>
public sealed record ProposedEntity(string Name, string Type);

/// <summary>
/// A relationship as proposed: endpoint names as written in the article, the verbatim quote that states it, optional
/// dates, role and confidence, and the stretch of the article (the chunk) it was proposed from.
/// </summary>
public sealed record ProposedFact(string From, string Type, string To, string Quote, string Rule, int ChunkStart, int ChunkEnd)
{
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? Role { get; init; }
    public double? Confidence { get; init; }

    public override string ToString() => $"{From} {Type} {To}";
}
