namespace KGraph.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private const string Good = "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: b, type: Organization, name: " +
        "Bee}\nrelationships:\n  - {from: a, type: FOUNDED, to: b}\n";

    [Fact]
    public void Clean_data_exits_zero_with_a_summary()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Good);
        var (exit, stdout, stderr) = Cli.Run("validate", root.Path);
        Assert.Equal((0, "", "ok: 1 files, 2 entities, 1 relationships, 0 documents\n"), (exit, stdout, stderr));
    }

    [Fact]
    public void Invalid_data_exits_three_and_prints_every_problem()
    {
        using var root = new TempFolder();
        var a = root.Write("curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann, colour: red}\n");
        var b = root.Write("curated/b.yaml", "kgraph: 1\nrelationships:\n  - {from: a, type: FOUNDED, to: nobody}\n");
        var (exit, stdout, stderr) = Cli.Run("validate", root.Path);
        Assert.Equal(3, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"{a}:3:38: unknown key 'colour' in entity (allowed: id, type, name, names, aliases, kind, external, props, mentions)\n" +
            $"{b}:3:34: relationship 'a.founded.nobody': 'to' refers to unknown entity 'nobody'\n" +
            "kgraph: 2 errors, 0 warnings in 2 files\n",
            stderr);
    }

    [Fact]
    public void Json_output_is_one_stable_document_on_stdout_with_every_problem()
    {
        using var root = new TempFolder();
        var a = root.Write("curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Robot, name: Ann}\n");
        var (exit, stdout, _) = Cli.Run("validate", a, "--json");
        Assert.Equal(3, exit);
        Assert.Equal($$"""
            {
              "command": "validate",
              "ok": false,
              "exitCode": 3,
              "error": "1 errors, 0 warnings in 1 files",
              "diagnostics": [
                {
                  "file": "{{a}}",
                  "line": 3,
                  "column": 19,
                  "severity": "error",
                  "message": "unknown entity type 'Robot' (known: Person, Organization, Product, Place)"
                }
              ],
              "result": {
                "files": 1,
                "entities": 0,
                "relationships": 0,
                "documents": 0,
                "errors": 1,
                "warnings": 0
              }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_on_stderr()
    {
        var (exit, stdout, stderr) = Cli.Run("validate", "--jsn");
        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal("kgraph: unknown option '--jsn'; did you mean '--json'?\nRun 'kgraph validate --help' for usage.\n", stderr);
    }

    [Fact]
    public void A_missing_path_is_an_io_failure_with_exit_one_not_invalid_data()
    {
        Assert.Equal((1, "", "kgraph: 'no/such/folder' does not exist\n"), Cli.Run("validate", "no/such/folder"));
    }

    [Fact]
    public async Task Dev_zero_is_refused_as_not_a_regular_file_instead_of_being_read_without_end()
    {
        var (exit, stdout, stderr) = await SpecialFiles.WithinSeconds(60, () => Cli.Run("validate", SpecialFiles.DevZero));

        Assert.Equal((3, ""), (exit, stdout));
        Assert.Equal("/dev/zero:1:1: not a regular file but a character device; " +
            "only regular files are read\nkgraph: 1 errors, 0 warnings in 1 files\n", stderr);
    }

    [Fact]
    public async Task A_fifo_in_the_data_root_is_refused_with_its_name_and_the_other_files_are_still_checked()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Good);
        var fifo = SpecialFiles.Fifo(root["curated/b.yaml"]);

        var (exit, stdout, _) = await SpecialFiles.WithinSeconds(60, () => Cli.Run("validate", root.Path, "--json"), fifo);

        Assert.Equal(3, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(fifo, diagnostic.GetProperty("file").GetString());
        Assert.Equal("not a regular file but a named pipe (FIFO); only regular files are read", diagnostic.GetProperty("message").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("result").GetProperty("entities").GetInt32());
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_line_and_column_of_the_tab()
    {
        using var root = new TempFolder();
        var a = root.Write("curated/a.yaml", "kgraph: 1\nentities:\n\t- {id: a, type: Person, name: Ann}\n");
        var (exit, _, stderr) = Cli.Run("validate", a);
        Assert.Equal((3, $"{a}:3:1: YAML syntax error: While scanning a mapping, " +
            $"found invalid tab as indentation.\nkgraph: 1 errors, 0 warnings in 1 files\n"), (exit, stderr));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (exit, stdout, _) = Cli.Run("--version");
        Assert.Equal((0, "0.1.0\n"), (exit, stdout.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        Assert.Equal((2, "", "kgraph: a command is required (build, validate, review, ...)\n"), Cli.Run());
    }

    [Fact]
    public void The_repository_sample_data_is_valid()
    {
        var root = RepositoryFiles.PathOf("graph-data");
        var (exit, _, stderr) = Cli.Run("validate", root);
        Assert.True(exit == 0, stderr);
    }
}
