using System.CommandLine;
using System.Globalization;
using KGraph.Extraction.Learning;
using KGraph.Extraction.Training;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph train --data DIR [--data DIR…] --out DIR [--seed N] [--limit N] [--no-validation] [--keep-validation DIR]</c>: trains the entity
/// and relationship models from the public corpora (shared/train's layout) and our annotated sentences (training/),
/// and scores the hand rules, the models and both on the validation split carved from the corpora and from our
/// sentences (with models trained without it); then trains the four model files it writes on all our sentences.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Folder of training corpora (duie2.train.jsonl, cluener.train.jsonl, " +
                "conll04.train.json… or our annotated *.zh.jsonl / *.en.jsonl); repeat for several",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--out") { Description = "Folder to write the model files to", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffles (same seed, same bytes)", DefaultValueFactory = _ => 1 };
        var limit = new Option<int?>("--limit") { Description = "Read at most N records of each corpus (a quick run)" };
        var noValidation = new Option<bool>("--no-validation") { Description = "Skip scoring on the validation split" };
        var validateOnly = new Option<bool>("--validate-only") { Description = "Train nothing: score the models already in --out on the validation split" };
        var keepValidation = new Option<string?>("--keep-validation")
        {
            Description = "Also keep the validation split's files and the models scored on it in this folder " +
                "(read their misses with `kgraph eval --gold DIR/news.en.validation.jsonl --models DIR/scored --errors N`)",
        };
        var entityEpochs = new Option<int>("--entity-epochs")
        {
            Description = "Passes over the entity data (default chosen on validation)",
            DefaultValueFactory = _ => new TrainingOptions { DataDirectories = [], OutDirectory = "" }.EntityEpochs
        };
        var relationEpochs = new Option<int>("--relation-epochs")
        {
            Description = "Passes over the relationship pairs (default chosen on validation)",
            DefaultValueFactory = _ => new TrainingOptions { DataDirectories = [], OutDirectory = "" }.RelationEpochs
        };
        var annotatedWeight = new Option<int>("--annotated-weight")
        {
            Description = "Times each of our annotated sentences counts against a public corpus's record (default chosen on validation)",
            DefaultValueFactory = _ => new TrainingOptions { DataDirectories = [], OutDirectory = "" }.AnnotatedWeight,
        };
        var command = new Command("train", "Train the extraction models from public corpora")
        {
            data, output, seed, limit, noValidation, validateOnly, keepValidation, entityEpochs, relationEpochs, annotatedWeight,
        };
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var options = new TrainingOptions
            {
                DataDirectories = result.GetValue(data)!,
                OutDirectory = result.GetValue(output)!,
                Seed = result.GetValue(seed),
                Limit = result.GetValue(limit),
                EntityEpochs = result.GetValue(entityEpochs),
                RelationEpochs = result.GetValue(relationEpochs),
                AnnotatedWeight = result.GetValue(annotatedWeight),
            };
            if (options.EntityEpochs < 1 || options.RelationEpochs < 1) throw new UsageException("--entity-epochs and --relation-epochs must be at least 1");
            if (options.AnnotatedWeight is < 1 or > 20) throw new UsageException("--annotated-weight must be between 1 and 20");
            foreach (var folder in options.DataDirectories)
                if (!Directory.Exists(folder)) throw new UsageException($"training data folder '{folder}' does not exist");
            var keep = result.GetValue(keepValidation);
            if (keep is not null && (result.GetValue(noValidation) || result.GetValue(validateOnly)))
                throw new UsageException("--keep-validation needs the validation run: leave out --no-validation and --validate-only");
            if (keep is not null && Directory.Exists(keep) && Directory.EnumerateFileSystemEntries(keep).Any())
                throw new UsageException($"--keep-validation folder '{keep}' is not empty; name a new or empty folder");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var validate = !result.GetValue(noValidation);
            var temp = Directory.CreateTempSubdirectory("kgraph-validation-");
            try
            {
                ExtractionModels models;
                try
                {
                    if (result.GetValue(validateOnly))
                    {
                        models = ExtractionModels.Load(options.OutDirectory);
                        io.Error.WriteLine($"scoring models {models.Fingerprint} in {options.OutDirectory}: " +
                            $"our annotated sentences were all in their training, so their validation rows are not held out");
                        Validate(options, models, temp, io);
                        return ExitCodes.Ok;
                    }
                    // Settings are chosen on models that never saw the validation fifth of our sentences; the shipped
                    // models then learn from all of them, as is usual once the settings are fixed.
                    if (validate)
                    {
                        var scored = new ModelTrainer(options with { OutDirectory = Path.Combine(temp.FullName, "scored") },
                            message => io.Error.WriteLine(message)).Train();
                        var split = Validate(options, scored, temp, io);
                        if (keep is not null) Keep(Path.Combine(temp.FullName, "scored"), split.Values, keep, io);
                    }
                    models = new ModelTrainer(options with { HoldOutAnnotated = false }, message => io.Error.WriteLine(message)).Train();
                }
                catch (ModelFileException e)
                {
                    io.Fail(e.Message);
                    return ExitCodes.Failure;
                }
                catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
                {
                    io.Fail(e.Message);
                    return ExitCodes.InvalidData;
                }
                io.Error.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0.0} s; models {models.Fingerprint} in {options.OutDirectory}");
            }
            finally
            {
                temp.Delete(recursive: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Copies the models scored on the validation split (to <c>scored/</c>) and the split's files to <paramref name="keep"/>.</summary>
    private static void Keep(string scoredModels, IEnumerable<string> splitFiles, string keep, CliOutput io)
    {
        var scored = Directory.CreateDirectory(Path.Combine(keep, "scored")).FullName;
        foreach (var file in ExtractionModels.Files) File.Copy(Path.Combine(scoredModels, file), Path.Combine(scored, file));
        foreach (var file in splitFiles) File.Copy(file, Path.Combine(keep, Path.GetFileName(file)));
        io.Error.WriteLine($"validation split and the models scored on it kept in {keep}");
    }

    /// <summary>Scores <paramref name="models"/> on the validation split and prints the table, the rule families and the chosen threshold.</summary>
    private static Dictionary<string, string> Validate(TrainingOptions options, ExtractionModels models, DirectoryInfo temp, CliOutput io)
    {
        var files = options.DataDirectories
            .SelectMany(folder => ValidationSplit.Write(folder,
                Directory.CreateDirectory(Path.Combine(temp.FullName, "split",
                Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)))).FullName))
            .DistinctBy(p => p.Key)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var report = ValidationReport.Run(files, models, message => io.Error.WriteLine(message));
        io.Out.Write(report.ToMarkdown());
        io.Out.WriteLine();
        io.Out.Write(report.FamiliesToMarkdown());
        var chosen = report.BestThresholds().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.0#}"));
        io.Out.WriteLine($"minimum confidence chosen on validation: {string.Join(", ", chosen)}");
        return files;
    }
}
