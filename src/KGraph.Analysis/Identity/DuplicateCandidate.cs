namespace KGraph.Analysis.Identity;

/// <summary>Two entities that may be one, <see cref="First"/> before <see cref="Second"/> in id order, with the score the reasons add up to (0..1).</summary>
public sealed record DuplicateCandidate(string First, string Second, double Score, IReadOnlyList<CandidateReason> Reasons);
