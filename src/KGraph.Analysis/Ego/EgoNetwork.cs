using KGraph.Model;

namespace KGraph.Analysis.Ego;

/// <summary>An entity's neighbourhood: members with their hop distance (centre first, then by distance and id) and the relationships among them.</summary>
public sealed record EgoNetwork(Entity Center, int Depth, IReadOnlyList<EgoMember> Members, IReadOnlyList<Relationship> Relationships);

public sealed record EgoMember(Entity Entity, int Distance);
