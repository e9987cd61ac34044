using KGraph.Extraction.Learning;

namespace KGraph.Cli.Tests.Commands;

public class TrainCommandTests
{
    [Fact]
    public void Train_writes_the_four_models_and_extract_uses_them()
    {
        using var temp = new TempFolder();
        var data = TinyCorpora.Write(temp["data"]);

        var (exit, _, err) = Cli.Run("train", "--data", data, "--out", temp["models"], "--no-validation");

        Assert.Equal(0, exit);
        Assert.Equal(["en-entities.kgm", "en-relations.kgm", "zh-entities.kgm", "zh-relations.kgm"],
            Directory.GetFiles(temp["models"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"in {temp["models"]}\n", err, StringComparison.Ordinal);
        var article = temp.Write("in/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        var (extracted, _, extractErr) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"], "--models", temp["models"]);
        Assert.Equal(0, extracted);
        Assert.StartsWith("extracted 1 articles:", extractErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_validation_leaves_the_split_and_the_scored_models_that_eval_reads()
    {
        using var temp = new TempFolder();
        var data = TinyCorpora.Write(temp["data"]);

        var (exit, _, err) = Cli.Run("train", "--data", data, "--out", temp["models"], "--keep-validation", temp["kept"]);

        Assert.Equal(0, exit);
        Assert.Contains($"validation split and the models scored on it kept in {temp["kept"]}\n", err, StringComparison.Ordinal);
        Assert.Equal(["cluener.validation.jsonl", "conll04.validation.json", "duie.validation.jsonl", "scored"],
            Directory.GetFileSystemEntries(temp["kept"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(ExtractionModels.Files.Order(StringComparer.Ordinal),
            Directory.GetFiles(temp["kept/scored"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var (evalExit, evalOut, _) = Cli.Run("eval", "--gold", temp["kept/conll04.validation.json"], "--models", temp["kept/scored"]);
        Assert.Equal(0, evalExit);
        Assert.StartsWith("conll04.validation.json (Conll04, ", evalOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_validation_refuses_a_folder_with_files_in_it_before_training()
    {
        using var temp = new TempFolder();
        var data = TinyCorpora.Write(temp["data"]);
        var mine = temp.Write("kept/notes.txt", "mine\n");

        var (exit, _, err) = Cli.Run("train", "--data", data, "--out", temp["models"], "--keep-validation", temp["kept"]);

        Assert.Equal(2, exit);
        Assert.StartsWith($"kgraph: --keep-validation folder '{temp["kept"]}' is not empty; name a new or empty folder\n", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["models"]));
        Assert.Equal("mine\n", File.ReadAllText(mine));
    }

    [Fact]
    public void Keep_validation_without_the_validation_run_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var data = TinyCorpora.Write(temp["data"]);

        var (exit, _, err) = Cli.Run("train", "--data", data, "--out", temp["models"], "--no-validation", "--keep-validation", temp["kept"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("kgraph: --keep-validation needs the validation run: leave out --no-validation and --validate-only\n", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["kept"]));
    }

    [Fact]
    public void Train_without_data_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var (exit, _, err) = Cli.Run("train", "--data", temp["nothing"], "--out", temp["models"]);

        Assert.Equal(2, exit);
        Assert.StartsWith($"kgraph: training data folder '{temp["nothing"]}' does not exist\n", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_models_folder_without_models_fails_with_exit_1_and_the_file_named()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        Directory.CreateDirectory(temp["empty"]);

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"], "--models", temp["empty"]);

        Assert.Equal(1, exit);
        Assert.Equal($"kgraph: {Path.Combine(temp["empty"], ExtractionModels.ChineseEntitiesFile)}: model file not found; " +
            $"rebuild the models with `kgraph train` or point --models at a folder that has them\n", err);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_damaged_model_fails_with_exit_1_and_says_so()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["models"]);
        foreach (var file in ExtractionModels.Files) File.Copy(Path.Combine(ExtractionModels.BundledDirectory, file), temp[$"models/{file}"]);
        var damaged = temp["models/en-relations.kgm"];
        var bytes = File.ReadAllBytes(damaged);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(damaged, bytes);
        var article = temp.Write("in/a.en.txt", "Ada Lindqvist joined Norda Bank.\n");

        var (extractExit, _, extractErr) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"], "--models", temp["models"]);
        Assert.Equal(1, extractExit);
        Assert.Equal($"kgraph: {damaged}: damaged model file (its checksum does not match its contents); rebuild the models with `kgraph train`\n", extractErr);
    }

    [Fact]
    public void Rules_only_runs_without_any_model_file()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "周海洋正式起诉了Brightloop。\n");
        Directory.CreateDirectory(temp["empty"]);

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--data", temp["no-data"], "--models", temp["empty"], "--rules-only");

        Assert.Equal(0, exit);
        Assert.Equal("extracted 1 articles: 2 entities, 1 relationships\n", err);
    }

    [Fact]
    public void A_minimum_confidence_outside_0_to_1_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.zh.txt", "周海洋正式起诉了Brightloop。\n");

        var (exit, _, err) = Cli.Run("extract", article, "--out", temp["out"], "--min-confidence", "1.5");

        Assert.Equal(2, exit);
        Assert.StartsWith("kgraph: --min-confidence must be between 0 and 1 (got 1.5)\n", err, StringComparison.Ordinal);
    }
}
