using KGraph.Model;

namespace KGraph.Analysis.Paths;

/// <summary>One step of a path and every kept relationship joining its two entities (either way, or along the step when directed).</summary>
public sealed record PathHop(Entity From, Entity To, IReadOnlyList<Relationship> Relationships);
