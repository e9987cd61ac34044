namespace KGraph.Neo4j.Gds;

/// <summary>
/// How the algorithms are configured; the CLI takes these from the local engine's options so
/// that both engines are asked the same question.
/// </summary>
/// <param name="SamplingSize">Betweenness source nodes; the number of entities (or more) for the exact measure.</param>
public sealed record GdsSettings(double DampingFactor, double Tolerance, int MaxIterations, int SamplingSize, int SamplingSeed);
