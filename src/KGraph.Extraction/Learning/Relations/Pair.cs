using KGraph.Extraction.Coreference;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>Two references of a sentence in text order, and the clause span that would quote a fact between them.</summary>
internal sealed record Pair(EntityReference A, EntityReference B, int ClauseStart, int ClauseEnd);
