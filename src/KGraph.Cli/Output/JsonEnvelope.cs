using System.Text.Json;
using KGraph.Diagnostics;

namespace KGraph.Cli.Output;

/// <summary>
/// The one JSON document every <c>--json</c> run prints on stdout, whether it succeeded or not:
/// <c>{command, ok, exitCode, error, diagnostics, result}</c>. <c>error</c> is null on success;
/// <c>result</c> is the command's answer, null when it failed before having one.
/// </summary>
internal sealed record JsonEnvelope(string Command, bool Ok, int ExitCode, string? Error, IReadOnlyList<DiagnosticJson> Diagnostics, object? Result)
{
    public static string Serialize(string command, int exitCode, IReadOnlyList<string> errors, IReadOnlyList<Diagnostic> diagnostics, object? result)
    {
        var error = errors.Count > 0 ? string.Join("\n", errors) : exitCode == ExitCodes.Ok ? null : $"failed with exit code {exitCode}";
        var envelope = new JsonEnvelope(command, exitCode == ExitCodes.Ok, exitCode, error, DiagnosticPrinter.ToJson(diagnostics), result);
        return JsonSerializer.Serialize(envelope, CliJson.Options);
    }
}
