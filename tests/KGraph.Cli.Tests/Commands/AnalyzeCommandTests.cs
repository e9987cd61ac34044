using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IClassFixture<AnalysisFixture>
{
    private readonly AnalysisFixture _fixture;

    public AnalyzeCommandTests(AnalysisFixture fixture) => _fixture = fixture;

    [Fact]
    public void Analyze_writes_the_Markdown_and_JSON_reports_and_says_where()
    {
        var outDir = Path.Combine(_fixture.Folder, "out-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, stderr) = _fixture.Run("analyze", _fixture.Data, "--out", outDir, "--top", "2");

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal($"analysed 4 entities, 3 relationships (all relationships except rejected ones) → {outDir}/analysis.md, {outDir}/analysis.json\n", stderr);
        var markdown = File.ReadAllText(Path.Combine(outDir, "analysis.md"));
        Assert.Contains("| 1 | Acme (`acme`) | Organization | 0.666667 |", markdown);
        Assert.Contains("| 2 | Bob Stone (`bob`) | Person | 0.666667 |", markdown);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")));
        Assert.Equal(4, json.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void Analyze_with_JSON_prints_the_report_and_filters_apply()
    {
        var outDir = Path.Combine(_fixture.Folder, "out-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, _) = _fixture.Run("analyze", _fixture.Data, "--out", outDir, "--json", "--reviewed-only", "--type", "FOUNDED");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var report = json.RootElement.GetProperty("result");
        Assert.Equal("types FOUNDED; reviewed only", report.GetProperty("filter").GetString());
        Assert.Equal(1, report.GetProperty("relationshipCount").GetInt32());
    }

    [Theory]
    [InlineData("--top", "0", "kgraph: --top must be at least 1 (got 0)\n")]
    [InlineData("--as-of", "2024-13", "kgraph: --as-of '2024-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\n")]
    [InlineData("--min-confidence", "1.5", "kgraph: --min-confidence must be between 0 and 1 (got 1.5)\n")]
    public void Bad_options_are_usage_errors_with_a_clear_message(string option, string value, string message)
    {
        var (code, _, stderr) = _fixture.Run("analyze", _fixture.Data, option, value, "--out", Path.Combine(_fixture.Folder, "unused"));

        Assert.Equal(2, code);
        Assert.Equal(message, stderr);
    }

    [Fact]
    public void An_empty_data_folder_gives_an_empty_report()
    {
        var empty = Path.Combine(_fixture.Folder, "empty");
        Directory.CreateDirectory(empty);
        var (code, _, stderr) = _fixture.Run("analyze", empty, "--out", Path.Combine(_fixture.Folder, "empty-out"));

        Assert.Equal(0, code);
        Assert.StartsWith("analysed 0 entities, 0 relationships", stderr);
    }

    [Fact]
    public void Invalid_data_stops_with_exit_three_and_the_problems()
    {
        var bad = Path.Combine(_fixture.Folder, "bad.yaml");
        File.WriteAllText(bad, "kgraph: 1\nentities: [{id: x}]\n");
        var (code, _, stderr) = _fixture.Run("analyze", bad, "--out", Path.Combine(_fixture.Folder, "bad-out"));

        Assert.Equal(3, code);
        Assert.Equal($"{bad}:2:12: entity is missing 'name'\n{bad}:2:12: entity is missing 'type'\nkgraph: 2 errors in the data; " +
            $"fix them first (kgraph validate lists them)\n", stderr);
    }
}
