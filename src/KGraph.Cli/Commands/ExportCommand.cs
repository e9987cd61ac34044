using System.CommandLine;
using KGraph.Interchange.FollowTheMoney;
using KGraph.Neo4j.Export;
using KGraph.Neo4j.Loading;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph export cypher|neo4j-import|ftm [paths...]</c>: the graph for Neo4j without a
/// connection (a script for <c>cypher-shell -f</c>, or CSV files for
/// <c>neo4j-admin database import full</c>), or as FollowTheMoney entities.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export",
            "Write the graph for Neo4j without connecting (a Cypher script or neo4j-admin import files), or as FollowTheMoney entities");
        command.Subcommands.Add(Cypher());
        command.Subcommands.Add(Neo4jImport());
        command.Subcommands.Add(FollowTheMoney());
        return command;
    }

    private static Command Cypher()
    {
        var paths = new DataPathsInput();
        var schema = CommonOptions.Schema();
        var output = new Option<string?>("--out") { Description = "Script file to write (default: stdout)" }.NotIntoCurated();
        var rows = new Option<int>("--rows-per-statement")
        {
            Description = $"Rows per UNWIND statement (default: {CypherScriptWriter.DefaultRowsPerStatement})",
            DefaultValueFactory = _ => CypherScriptWriter.DefaultRowsPerStatement
        };
        var command = new Command("cypher", "Write a Cypher script for cypher-shell -f (constraints first, every value an escaped literal)") { paths.Paths,
            paths.Data, schema, output, rows };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            if (result.GetValue(rows) < 1) throw new UsageException("--rows-per-statement must be at least 1");
            var plan = Plan(result, paths, schema, io);
            if (plan is null) return ExitCodes.InvalidData;
            var file = result.GetValue(output);
            if (file is null)
            {
                CypherScriptWriter.Write(plan, io.Out, result.GetValue(rows));
                return ExitCodes.Ok;
            }
            AtomicFile.Write(file, writer => CypherScriptWriter.Write(plan, writer, result.GetValue(rows)));
            io.Error.WriteLine($"wrote {file}: run it with cypher-shell -f {file}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Neo4jImport()
    {
        var paths = new DataPathsInput();
        var schema = CommonOptions.Schema();
        var output = new Option<string>("--out")
        {
            Description = "Folder for the CSV files (default: output/neo4j-import)",
            DefaultValueFactory = _ => Path.Combine("output", "neo4j-import")
        }.NotIntoCurated();
        var database = new Option<string>("--database")
        {
            Description = "Database named in the printed command (default: neo4j)",
            DefaultValueFactory = _ => "neo4j"
        };
        var command = new Command("neo4j-import", "Write CSV files for neo4j-admin database import full and print the command") { paths.Paths, paths.Data,
            schema, output, database };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var plan = Plan(result, paths, schema, io);
            if (plan is null) return ExitCodes.InvalidData;
            try
            {
                io.Out.WriteLine(Neo4jImportCsvWriter.Write(plan, result.GetValue(output)!, result.GetValue(database)!));
            }
            catch (InvalidDataException e)
            {
                io.Fail(e.Message);
                return ExitCodes.InvalidData;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command FollowTheMoney()
    {
        var paths = new DataPathsInput();
        var schema = CommonOptions.Schema();
        var output = new Option<string?>("--out") { Description = "JSON lines file to write (default: stdout)" }.NotIntoCurated();
        var command = new Command("ftm",
            "Write FollowTheMoney entities as JSON lines: people, organizations and the relationships schema.yaml maps") { paths.Paths,
            paths.Data, schema, output };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var load = DataLoading.Load(paths.Get(result), result.GetValue(schema));
            io.Report(load.Diagnostics);
            if (load.HasErrors)
            {
                io.Fail($"{io.ProblemCount()}; nothing exported");
                return ExitCodes.InvalidData;
            }
            var file = result.GetValue(output);
            FtmExportSummary? summary = null;
            if (file is null) summary = FtmExporter.Write(load.Graph, load.Vocabulary, io.Out);
            else AtomicFile.Write(file, writer => summary = FtmExporter.Write(load.Graph, load.Vocabulary, writer));
            io.Error.WriteLine(file is null ? summary!.ToString() : $"{summary} → {file}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Neo4jLoadPlan? Plan(ParseResult result, DataPathsInput paths, Option<string?> schema, CliOutput io)
    {
        var load = DataLoading.Load(paths.Get(result), result.GetValue(schema));
        io.Report(load.Diagnostics);
        if (!load.HasErrors) return Neo4jLoadPlan.For(load.Graph, load.Vocabulary);
        io.Fail($"{load.Errors.Count()} errors; nothing exported");
        return null;
    }
}
