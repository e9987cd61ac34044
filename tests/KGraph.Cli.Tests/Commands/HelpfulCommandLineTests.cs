using System.Text.Json;

namespace KGraph.Cli.Tests.Commands;

/// <summary>Issue 15 item 7: mistakes on the command line get a suggestion; one spelling of an option works everywhere.</summary>
public class HelpfulCommandLineTests
{
    private const string Data = """
        kgraph: 1
        entities:
          - {id: ann, type: Person, name: Ann}
          - {id: acme, type: Organization, name: Acme}
          - {id: bob, type: Person, name: Bob}
        relationships:
          - {from: ann, type: FOUNDED, to: acme, start: 2020}
          - {from: bob, type: WORKS_AT, to: acme}
        """;

    [Theory]
    [InlineData(new[] { "biuld" }, "kgraph: unknown command 'biuld'; did you mean 'build'?\nRun 'kgraph --help' for usage.\n")]
    [InlineData(new[] { "frobnicate" }, "kgraph: unknown command 'frobnicate'\nRun 'kgraph --help' for usage.\n")]
    [InlineData(new[] { "review", "mrege", "a", "b" }, "kgraph: unknown command 'mrege'; did you mean 'merge'?\nRun 'kgraph review --help' for usage.\n")]
    [InlineData(new[] { "build", "--frce" }, "kgraph: unknown option '--frce'; did you mean '--force'?\nRun 'kgraph build --help' for usage.\n")]
    [InlineData(new[] { "path", "a", "b", "--dirceted" },
        "kgraph: unknown option '--dirceted'; did you mean '--directed'?\nRun 'kgraph path --help' for usage.\n")]
    [InlineData(new[] { "diagram", "--fromat", "svg" },
        "kgraph: unknown option '--fromat'; did you mean '--format'?\nRun 'kgraph diagram --help' for usage.\n")]
    public void A_misspelled_command_or_option_is_a_usage_error_naming_the_closest(string[] args, string expected)
    {
        Assert.Equal((2, "", expected), Cli.Run(args));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("diagram")]
    public void A_misspelled_relationship_type_is_a_usage_error_naming_the_closest(string command)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, _, stderr) = Cli.Run(command, root["data"], "--out", root["out"], "--type", "FOUNDDED");

        Assert.Equal((2, "kgraph: unknown relationship type 'FOUNDDED'; did you mean 'FOUNDED'?\n"), (exit, stderr));
        Assert.False(Directory.Exists(root["out"]));
    }

    [Fact]
    public void A_relationship_type_far_from_every_known_one_lists_them()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, _, stderr) = Cli.Run("neighbors", "ann", "--data", root["data"], "--type", "HATES");

        Assert.Equal(2, exit);
        Assert.StartsWith("kgraph: unknown relationship type 'HATES' (known: FOUNDED, LEADS, WORKS_AT, ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--type", "founded", 1)]
    [InlineData("--types", "founded,works_at", 2)]
    [InlineData("--type", "Founded,WORKS_AT", 2)]
    public void Relationship_types_match_in_any_case_under_either_spelling_of_the_option(string option, string types, int relationships)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        foreach (var command in new[] { "diagram", "analyze" })
        {
            var (exit, stdout, stderr) = Cli.Run(command, root["data"], "--out", root["out"], option, types, "--json");

            Assert.True(exit == 0, stderr);
            var result = JsonDocument.Parse(stdout).RootElement.GetProperty("result");
            var drawn = command == "diagram" ? result.GetProperty("relationships").GetInt32() : result.GetProperty("relationshipCount").GetInt32();
            Assert.Equal(relationships, drawn);
        }
    }

    [Fact]
    public void A_misspelled_focus_gets_the_same_suggestions_as_path()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var focus = Cli.Run("diagram", root["data"], "--out", root["out"], "--focus", "Anne");
        var path = Cli.Run("path", "Anne", "acme", "--data", root["data"]);

        Assert.Equal((2, "", "kgraph: no entity is named 'Anne'; did you mean: ann (Ann, Person)?\n"), focus);
        Assert.Equal(path, focus);
    }

    [Fact]
    public void Data_is_given_as_data_in_every_command_that_reads_graph_data()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        Assert.Equal(Cli.Run("validate", root["data"]), Cli.Run("validate", "--data", root["data"]));
        Assert.Equal(0, Cli.Run("analyze", "--data", root["data"], "--out", root["out"]).Exit);
        Assert.Equal(0, Cli.Run("export", "cypher", "--data", root["data"]).Exit);
        Assert.Equal(0, Cli.Run("schema", "--data", root["data"], "--out", root["schemas"]).Exit);
        Assert.Equal((2, "", "kgraph: two data roots given ('a' and --data 'b'); give one\n"), Cli.Run("build", "a", "--data", "b"));
    }

    [Fact]
    public void Analyze_prints_a_summary_at_a_terminal_and_nothing_when_stdout_is_redirected()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };

        var exit = KGraphApp.Run(["analyze", root["data"], "--out", root["out"]], output, error, outIsTerminal: true);

        Assert.Equal(0, exit);
        Assert.Equal(
            "3 entities, 2 relationships: 1 community, 1 component\n" +
            "top by PageRank:\n" +
            "  1. Acme (acme) 0.574\n" +
            "  2. Ann (ann) 0.213\n" +
            "  3. Bob (bob) 0.213\n",
            output.ToString());
        Assert.Equal("", Cli.Run("analyze", root["data"], "--out", root["out"]).Out);
    }

    [Fact]
    public void The_progress_bar_counts_articles_done_of_all()
    {
        Assert.Equal("12/50", KGraph.Cli.Output.ExtractProgress.CountColumn.Format(12, 50));
    }

    [Theory]
    [InlineData("kgraph bu", "build")]
    [InlineData("kgraph review m", "merge")]
    [InlineData("kgraph build --f", "--force")]
    [InlineData("kgraph analyze --type FOU", "FOUNDED")]
    [InlineData("kgraph diagram --format g", "graphml gexf")]
    [InlineData("kgraph export ''", "cypher neo4j-import ftm")]
    public void The_bash_completion_script_completes_commands_options_and_types(string line, string expected)
    {
        var (exit, script, _) = Cli.Run("completion", "bash");
        Assert.Equal(0, exit);
        using var temp = new TempFolder();
        var file = temp.Write("kgraph.bash", script);

        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source '{file}'; COMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _kgraph; echo \"${{COMPREPLY[*]}}\"");
        using var bash = System.Diagnostics.Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        Assert.Equal(expected + "\n", output);
    }

    [Fact]
    public void Completion_for_another_shell_is_a_usage_error()
    {
        Assert.Equal((2, "", "kgraph: no completion script for 'fish' (bash is supported; zsh can use it through bashcompinit)\n"),
            Cli.Run("completion", "fish"));
    }

    [Theory]
    [InlineData("--as-of", "2021", 1)]
    [InlineData("--as-of", "2019", 1)]
    [InlineData("--as-of", "2025", 0)]
    [InlineData("--reviewed-only", null, 1)]
    public void Diagram_takes_the_same_time_and_review_filters_as_the_analysis_commands(string option, string? value, int relationships)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data.Replace("start: 2020}", "start: 2020, end: 2022, status: extracted, confidence: 0.9}", StringComparison.Ordinal)
            .Replace("to: acme}", "to: acme, start: 2015, end: 2019}", StringComparison.Ordinal));
        string[] args = value is null ? [option] : [option, value];

        var (exit, stdout, stderr) = Cli.Run(["diagram", root["data"], "--out", root["out"], "--json", .. args]);
        var analyzed = Cli.Run(["analyze", root["data"], "--out", root["out"], "--json", .. args]);

        Assert.True(exit == 0, stderr);
        Assert.Equal(relationships, JsonDocument.Parse(stdout).RootElement.GetProperty("result").GetProperty("relationships").GetInt32());
        Assert.Equal(relationships, JsonDocument.Parse(analyzed.Out).RootElement.GetProperty("result").GetProperty("relationshipCount").GetInt32());
    }
}
