using Spectre.Console;
using Spectre.Console.Rendering;

namespace KGraph.Cli.Output;

/// <summary>
/// A progress bar on an interactive terminal, with how many articles are done and the time left
/// (<c>extracting ━━━━━━━━━━  12/50  24%  00:00:31</c>); nothing when output is redirected or --json is given.
/// </summary>
internal static class ExtractProgress
{
    public static T Run<T>(CliOutput io, bool json, int total, Func<IProgress<int>?, T> work)
    {
        if (json || !io.Interactive || total < 2) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("extracting", maxValue: total);
                var gate = new Lock();
                return work(new Progress<int>(done =>
                {
                    lock (gate) task.Value = Math.Max(task.Value, done);
                }));
            });
    }

    /// <summary>"12/50": articles done of all.</summary>
    internal sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(Format(task.Value, task.MaxValue));

        internal static string Format(double done, double total) => $"{(long)done}/{(long)total}";
    }
}
