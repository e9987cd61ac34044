namespace KGraph.Diagnostics;

/// <summary>Collects every problem of a run so that all are reported together, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Error(SourcePosition at, string message) => Add(new Diagnostic(at, message));

    public void Warning(SourcePosition at, string message) => Add(new Diagnostic(at, message, Severity.Warning));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>Sorted by file, line, column, so that output is the same in every run.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.At.File, StringComparer.Ordinal)
                .ThenBy(d => d.At.Line)
                .ThenBy(d => d.At.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }
}
