using System.CommandLine;
using KGraph.Cli.Init;
using KGraph.Store;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph init [DIR]</c>: a ready data root in a new or empty folder, so that <c>kgraph build</c>
/// works at once. It never replaces a file: when any of its files is already there it writes
/// nothing and names them. There is no --force: the files it would replace (schema.yaml, curated/)
/// are the ones people edit by hand; deleting them is left to the person.
/// </summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("dir")
        {
            Description = $"Folder for the new data root (default: {GraphDataSet.DefaultRoot})",
            Arity = ArgumentArity.ZeroOrOne
        };
        CommonOptions.RejectOptionLikeValues(folder);
        var json = CommonOptions.Json();
        var command = new Command("init",
            "Write a ready data root (vocabulary, editor schemas, an example curated file and article, " +
            "Neo4j Browser style and queries, README)") { folder, json };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var root = result.GetValue(folder) ?? GraphDataSet.DefaultRoot;
            if (GraphDataSet.CuratedFolderOf(root) is { } curated)
                throw new UsageException($"{root} lies in {curated}, the curated folder of a data root, which only people write; choose another folder");
            if (File.Exists(root)) throw new UsageException($"{root} is a file; init writes a folder");
            var files = DataRootTemplate.Files();
            var existing = files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(root, p)) || Directory.Exists(Path.Combine(root, p))).ToList();
            if (existing.Count > 0)
                throw new UsageException($"{root} already has {string.Join(", ", existing)}; " +
                    $"init writes only into a new or empty folder and never replaces a file (nothing written)");
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                AtomicFile.WriteAllText(target, text);
            }
            io.Answer(new InitSummary(root, [.. files.Select(f => f.Path)]));
            io.Error.WriteLine($"init: wrote {files.Count} files into {root}; next: kgraph build --data {root}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record InitSummary(string Root, IReadOnlyList<string> Files);
}
