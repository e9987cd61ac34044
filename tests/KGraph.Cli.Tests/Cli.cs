using KGraph.Cli;

namespace KGraph.Cli.Tests;

/// <summary>Runs kgraph in-process with captured output, as a user would from a shell.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = KGraphApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
