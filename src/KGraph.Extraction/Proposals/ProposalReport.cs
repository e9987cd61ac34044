namespace KGraph.Extraction.Proposals;

/// <summary>How an article's proposals fared against its text: how many were kept, which were dropped and why, and what they cost.</summary>
public sealed record ProposalReport(ProposalUsage Usage, int Proposed, int Kept, IReadOnlyList<DroppedProposal> Dropped);

/// <summary>A proposed fact or entity left out, with the reason (a quote not in the article, a type outside the vocabulary…).</summary>
public sealed record DroppedProposal(string Proposal, string Reason);
