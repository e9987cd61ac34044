namespace KGraph.Analysis.Identity;

/// <summary>One reason two entities may be the same (positive weight) or not (negative), as <c>review candidates</c> prints it.</summary>
public sealed record CandidateReason(string Text, double Weight);
