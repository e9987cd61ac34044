using KGraph.Model;

namespace KGraph.Analysis.Queue;

/// <summary>An extracted fact waiting for review, its priority (0..1) and the three parts it is made of.</summary>
public sealed record QueueItem(Relationship Relationship, double Priority, double Uncertainty, double Support, double Centrality);
