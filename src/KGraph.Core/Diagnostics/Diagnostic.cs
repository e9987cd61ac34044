namespace KGraph.Diagnostics;

/// <summary>One problem found in the data, printed as <c>file:line:col: message</c>.</summary>
public sealed record Diagnostic(SourcePosition At, string Message, Severity Severity = Severity.Error)
{
    public override string ToString() =>
        Severity == Severity.Warning ? $"{At}: warning: {Message}" : $"{At}: {Message}";
}
