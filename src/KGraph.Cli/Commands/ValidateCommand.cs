using System.CommandLine;

namespace KGraph.Cli.Commands;

/// <summary><c>kgraph validate [paths...]</c>: every problem in the data, at once.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new DataPathsInput();
        var json = CommonOptions.Json();
        var schema = CommonOptions.Schema();
        var command = new Command("validate", "Check graph data files and report every problem as file:line:col: message") { paths.Paths,
            paths.Data, json, schema };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var load = DataLoading.Load(paths.Get(result), result.GetValue(schema));
            io.Report(load.Diagnostics);
            var errors = load.Errors.Count();
            var summary = new ValidateSummary(load.DataSet.Files.Count, load.Graph.Entities.Count, load.Graph.Relationships.Count, load.Graph.Documents.Count,
                errors, load.Diagnostics.Count - errors);
            io.Answer(summary);
            if (errors > 0)
            {
                io.Fail($"{errors} errors, {summary.Warnings} warnings in {summary.Files} files");
                return ExitCodes.InvalidData;
            }
            io.Error.WriteLine($"ok: {summary.Files} files, {summary.Entities} entities, {summary.Relationships} relationships, " +
                $"{summary.Documents} documents{(summary.Warnings > 0 ? $", {summary.Warnings} warnings" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record ValidateSummary(int Files, int Entities, int Relationships, int Documents, int Errors, int Warnings);
}
