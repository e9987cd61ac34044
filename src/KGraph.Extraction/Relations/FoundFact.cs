using KGraph.Extraction.Coreference;
using KGraph.Model;

namespace KGraph.Extraction.Relations;

/// <summary>A relationship one rule read in one clause, before entities have their final ids.</summary>
internal sealed record FoundFact(
    LocalEntity From,
    string Type,
    LocalEntity To,
    string? Role,
    IReadOnlyDictionary<string, object> Props,
    double Confidence,
    TextSpan Span,
    string Rule,
    PartialDate? Start)
{
    /// <summary>When the relationship ended, where the finder knows (a proposer may say).</summary>
    public PartialDate? End { get; init; }
}
