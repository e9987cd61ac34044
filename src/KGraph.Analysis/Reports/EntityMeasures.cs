using KGraph.Model;

namespace KGraph.Analysis.Reports;

/// <summary>Every measure of one entity; component and community are indexes into the report's lists.</summary>
public sealed record EntityMeasures(
    Entity Entity,
    int InDegree,
    int OutDegree,
    int Degree,
    double PageRank,
    double Betweenness,
    int Component,
    int StrongComponent,
    int Community);
