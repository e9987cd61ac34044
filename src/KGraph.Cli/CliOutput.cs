using System.CommandLine;
using System.Runtime.CompilerServices;
using KGraph.Cli.Output;
using KGraph.Diagnostics;

namespace KGraph.Cli;

/// <summary>
/// Where a command's output goes. Text for people goes to <see cref="Out"/> and <see cref="Error"/>.
/// Under <c>--json</c>, stdout carries nothing but the one JSON document that
/// <see cref="KGraphApp"/> writes when the command ends (<see cref="JsonEnvelope"/>): the command
/// hands over its answer with <see cref="Answer"/>, its problems with <see cref="Report"/> and
/// why it failed with <see cref="Fail"/>, and <see cref="Out"/> is stderr.
/// </summary>
public sealed class CliOutput
{
    // System.CommandLine hands a command's action only the ParseResult; this ties the run's output to it.
    private static readonly ConditionalWeakTable<ParseResult, CliOutput> Runs = [];

    private readonly TextWriter _stdout;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<string> _errors = [];
    private object? _answer;

    public CliOutput(TextWriter stdout, TextWriter error, bool json, bool? outIsTerminal = null)
    {
        OutIsTerminal = !json && (outIsTerminal ?? (ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected));
        _stdout = stdout;
        Error = error;
        Json = json;
        Out = json ? error : stdout;
    }

    /// <summary>Text for the reader: stdout, or stderr under --json.</summary>
    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when stdout is a terminal (not redirected) and no JSON was asked for: a summary for people is welcome there.</summary>
    public bool OutIsTerminal { get; }

    /// <summary>True when --json was given: the answer goes into the JSON document, not into text.</summary>
    public bool Json { get; }

    /// <summary>True when stderr is a terminal and no JSON was asked for, so progress and colour are welcome there.</summary>
    public bool Interactive => !Json && ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    public static CliOutput From(ParseResult result) =>
        Runs.TryGetValue(result, out var io) ? io : new(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, json: false);

    internal void Bind(ParseResult result) => Runs.AddOrUpdate(result, this);

    /// <summary>The command's answer: the <c>result</c> of the JSON document. Text output is the command's own business.</summary>
    public void Answer(object answer) => _answer = answer;

    /// <summary>Problems found in the data: printed as <c>file:line:col: message</c> and listed in the JSON document.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        DiagnosticPrinter.PrintText(list, Error);
        _diagnostics.AddRange(list);
    }

    /// <summary>Errors among the problems reported so far.</summary>
    public int ReportedErrors => _diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Warnings among the problems reported so far: a command's summary counts what it printed.</summary>
    public int ReportedWarnings => _diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>"3 errors, 1 warnings": every problem printed, as the summary of a failed command says it.</summary>
    public string ProblemCount() => $"{ReportedErrors} errors{(ReportedWarnings > 0 ? $", {ReportedWarnings} warnings" : "")}";

    /// <summary>Why the command fails: <c>kgraph: message</c> on stderr, and the JSON document's <c>error</c>.</summary>
    public void Fail(string message) => Failed($"kgraph: {message}", message);

    /// <summary>A failure that belongs to one input file (an unreadable article or gold set): <c>file: message</c>.</summary>
    public void FailAt(string file, string message) => Failed($"{file}: {message}", $"{file}: {message}");

    private void Failed(string line, string message)
    {
        Error.WriteLine(line);
        _errors.Add(message);
    }

    /// <summary>Writes the JSON document for a run that ended with <paramref name="exitCode"/>.</summary>
    internal void WriteEnvelope(string command, int exitCode) =>
        _stdout.WriteLine(JsonEnvelope.Serialize(command, exitCode, _errors, _diagnostics, _answer));
}
