using System.CommandLine;
using KGraph.Cli.Output;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary><c>kgraph validate [paths...]</c>: every problem in the data, at once.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.DataPaths();
        var json = CommonOptions.Json();
        var schema = CommonOptions.Schema();
        var command = new Command("validate", "Check graph data files and report every problem as file:line:col: message") { paths, json, schema };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var load = GraphLoader.Load(result.GetValue(paths) ?? [], new LoadOptions { SchemaPath = result.GetValue(schema) });
            if (result.GetValue(json))
            {
                io.Out.WriteLine(DiagnosticPrinter.ToJson(load.Diagnostics));
            }
            else
            {
                DiagnosticPrinter.PrintText(load.Diagnostics, io.Error);
                var errors = load.Errors.Count();
                var warnings = load.Diagnostics.Count - errors;
                io.Error.WriteLine(errors == 0
                    ? $"ok: {load.DataSet.Files.Count} files, {load.Graph.Entities.Count} entities, {load.Graph.Relationships.Count} relationships, {load.Graph.Documents.Count} documents{(warnings > 0 ? $", {warnings} warnings" : "")}"
                    : $"{errors} errors, {warnings} warnings in {load.DataSet.Files.Count} files");
            }
            return load.HasErrors ? ExitCodes.InvalidData : ExitCodes.Ok;
        });
        return command;
    }
}
