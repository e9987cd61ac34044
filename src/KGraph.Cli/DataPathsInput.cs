using System.CommandLine;

namespace KGraph.Cli;

/// <summary>
/// Where a command that reads graph data finds it: trailing paths, or <c>--data PATH</c> as path,
/// neighbors, extract and review spell it, or both (all are read). One spelling works everywhere.
/// </summary>
internal sealed class DataPathsInput
{
    public Argument<string[]> Paths { get; } = CommonOptions.DataPaths();

    public Option<string[]> Data { get; } = CommonOptions.Data();

    public string[] Get(ParseResult result) => [.. result.GetValue(Paths) ?? [], .. result.GetValue(Data) ?? []];
}
