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
            InitCommand.Create(),
            BuildCommand.Create(),
            ExtractCommand.Create(),
            EvalCommand.Create(),
            TrainCommand.Create(),
            ValidateCommand.Create(),
            SchemaCommand.Create(),
            ReviewCommand.Create(),
            LoadCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
            DiagramCommand.Create(),
            AnalyzeCommand.Create(),
            PathCommand.Create(),
            NeighborsCommand.Create(),
            CompletionCommand.Create(CreateRoot),
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

    /// <summary>
    /// Runs one command line. Failures become exit codes with a <c>kgraph: message</c> on stderr;
    /// under --json, the outcome (success or failure) is also the one JSON document on stdout.
    /// </summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null) => Run(args, output, error, null);

    /// <param name="outIsTerminal">Whether stdout counts as a terminal; null: as the console says (tests set it).</param>
    internal static int Run(string[] args, TextWriter? output, TextWriter? error, bool? outIsTerminal)
    {
        var result = CreateRoot().Parse(args);
        var io = new CliOutput(output ?? Console.Out, error ?? Console.Error, JsonRequested(result), outIsTerminal);
        var exit = Invoke(result, io);
        if (io.Json) io.WriteEnvelope(string.Join(' ', CommandNames(result).Skip(1)), exit);
        return exit;
    }

    private static int Invoke(ParseResult result, CliOutput io)
    {
        if (result.Errors.Count > 0)
        {
            foreach (var message in UnknownWords.Messages(result)) io.Fail(message);
            io.Error.WriteLine($"Run '{string.Join(' ', CommandNames(result))} --help' for usage.");
            return ExitCodes.Usage;
        }
        io.Bind(result);
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            io.Fail(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            io.Fail(e.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>True when the command has --json and it was given, even on a line that failed to parse.</summary>
    private static bool JsonRequested(ParseResult result) =>
        result.CommandResult.Command.Options.FirstOrDefault(o => o.Name == CommonOptions.JsonName) is Option<bool> json
        && result.GetResult(json) is { Implicit: false } given
        && (given.Tokens.Count == 0 || bool.TryParse(given.Tokens[0].Value, out var value) && value);

    /// <summary>"kgraph", then the command and subcommand names, e.g. kgraph review list.</summary>
    private static List<string> CommandNames(ParseResult result)
    {
        var names = new List<string>();
        for (var r = result.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command is RootCommand ? "kgraph" : r.Command.Name);
        return names;
    }
}
