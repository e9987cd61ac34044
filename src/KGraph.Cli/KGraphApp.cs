using System.CommandLine;
using KGraph.Cli.Commands;

namespace KGraph.Cli;

/// <summary>Builds the kgraph command line and runs it, mapping every failure to an exit code.</summary>
public static class KGraphApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("kgraph: news articles about people and companies → an evidence-backed knowledge graph");
        Command[] commands =
        [
            BuildCommand.Create(),
            ValidateCommand.Create(),
            ReviewCommand.Create(),
            AnalyzeCommand.Create(),
            PathCommand.Create(),
            NeighborsCommand.Create(),
        ];
        foreach (var command in commands) root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var result = CreateRoot().Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors) error.WriteLine($"kgraph: {parseError.Message}");
            error.WriteLine($"Run '{UsageHint(result)} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"kgraph: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"kgraph: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string UsageHint(ParseResult result)
    {
        var names = new List<string>();
        for (var r = result.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command is RootCommand ? "kgraph" : r.Command.Name);
        return string.Join(' ', names);
    }
}
