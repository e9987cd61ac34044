using System.Text.Json;
using KGraph.Diagnostics;

namespace KGraph.Cli.Output;

/// <summary>Prints problems as <c>file:line:col: message</c>, or as a stable JSON array.</summary>
public static class DiagnosticPrinter
{
    public static void PrintText(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics) writer.WriteLine(d.ToString());
    }

    public static string ToJson(IEnumerable<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new DiagnosticJson(d.At.File, d.At.Line, d.At.Column, d.Severity == Severity.Error ? "error" : "warning", d.Message));
        return JsonSerializer.Serialize(items, CliJson.Options);
    }

    private sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Message);
}
