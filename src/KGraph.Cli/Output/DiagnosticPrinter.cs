using KGraph.Diagnostics;

namespace KGraph.Cli.Output;

/// <summary>Prints problems as <c>file:line:col: message</c>, or lists them for the JSON document.</summary>
public static class DiagnosticPrinter
{
    public static void PrintText(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics) writer.WriteLine(d.ToString());
    }

    internal static IReadOnlyList<DiagnosticJson> ToJson(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new DiagnosticJson(d.At.File, d.At.Line, d.At.Column, d.Severity == Severity.Error ? "error" : "warning", d.Message))];
}

internal sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Message);
