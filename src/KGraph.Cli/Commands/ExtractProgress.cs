using Spectre.Console;

namespace KGraph.Cli.Commands;

/// <summary>A progress bar on an interactive terminal; nothing when output is redirected or --json is given.</summary>
internal static class ExtractProgress
{
    public static T Run<T>(CliOutput io, bool json, int total, Func<IProgress<int>?, T> work)
    {
        if (json || !io.Interactive || total < 2) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("extracting", maxValue: total);
            var gate = new Lock();
            return work(new Progress<int>(done =>
            {
                lock (gate) task.Value = Math.Max(task.Value, done);
            }));
        });
    }
}
