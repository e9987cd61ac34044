using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Resolution;
using KGraph.Vocabulary;

namespace KGraph.Store;

/// <summary>Everything a load produced: the resolved graph, the vocabulary it was checked against, and every problem found.</summary>
public sealed record LoadResult(
    KnowledgeGraph Graph,
    GraphVocabulary Vocabulary,
    IReadOnlyList<Diagnostic> Diagnostics,
    GraphDataSet DataSet,
    ResolvedGraph? Resolved)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
