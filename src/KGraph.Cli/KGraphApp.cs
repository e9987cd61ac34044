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
            ExtractCommand.Create(),
            EvalCommand.Create(),
            TrainCommand.Create(),
            ValidateCommand.Create(),
            ReviewCommand.Create(),
            LoadCommand.Create(),
            ExportCommand.Create(),
            DiagramCommand.Create(),
            AnalyzeCommand.Create(),
            PathCommand.Create(),
            NeighborsCommand.Create(),
        ];
        foreach (var command in commands) root.Subcommands.Add(command);

        // The built-in --version reports the entry assembly, which is the test host when run in-process.
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        var version = new Option<bool>("--version") { Description = "Print kgraph's version" };
        root.Options.Add(version);
        root.SetAction(result =>
        {
            var io = CliOutput.From(result);
            if (!result.GetValue(version)) throw new UsageException("a command is required (build, validate, review, ...)");
            io.Out.WriteLine(Version);
            return ExitCodes.Ok;
        });
        return root;
    }

    public static string Version { get; } =
        typeof(KGraphApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

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
