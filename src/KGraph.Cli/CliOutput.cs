using System.CommandLine;

namespace KGraph.Cli;

/// <summary>The writers a command prints to; tests pass their own.</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error)
{
    public static CliOutput From(ParseResult result) =>
        new(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);

    /// <summary>True when stderr is a terminal, so progress and colour are welcome there.</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
