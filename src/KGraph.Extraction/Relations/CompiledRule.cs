using System.Text.RegularExpressions;

namespace KGraph.Extraction.Relations;

/// <summary>A rule with its pattern turned into a regular expression and its slots' allowed types.</summary>
internal sealed record CompiledRule(RelationRule Rule, Regex Regex, IReadOnlyDictionary<string, IReadOnlyList<string>> SlotTypes);
