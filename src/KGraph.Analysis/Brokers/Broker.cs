using KGraph.Model;

namespace KGraph.Analysis.Brokers;

/// <summary>An entity that links otherwise distant parts: <see cref="Score"/> = betweenness per neighbour.</summary>
public sealed record Broker(Entity Entity, double Betweenness, int Neighbors, double Score);
