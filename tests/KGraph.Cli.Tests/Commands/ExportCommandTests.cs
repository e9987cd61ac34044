namespace KGraph.Cli.Tests.Commands;

public class ExportCommandTests
{
    private const string Data = "kgraph: 1\nentities:\n  - {id: a, type: Person, name: \"Ann \\\"Q\\\" O'Neil\\n🚀\"}\n  - {id: b, type: Organization, name: " +
        "Bee}\nrelationships:\n  - {from: a, type: FOUNDED, to: b}\n";

    [Fact]
    public void Export_cypher_writes_the_script_to_stdout_with_escaped_literals()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("export", "cypher", root.Path);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("  {id: 'a', props: {id: 'a', name: 'Ann \"Q\" O\\'Neil\\n🚀', kgraph_managed: true}}\n", stdout, StringComparison.Ordinal);
        Assert.StartsWith("// KGraph graph for cypher-shell -f", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_cypher_to_a_file_says_how_to_run_it()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);
        var script = root["out/graph.cypher"];

        var (exit, stdout, stderr) = Cli.Run("export", "cypher", root["curated"], "--out", script);

        Assert.Equal((0, "", $"wrote {script}: run it with cypher-shell -f {script}\n"), (exit, stdout, stderr));
        Assert.Equal(Cli.Run("export", "cypher", root["curated"]).Out, File.ReadAllText(script));
    }

    [Fact]
    public void Export_neo4j_import_writes_the_csv_files_and_prints_the_command()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);
        var folder = root["import"];

        var (exit, stdout, _) = Cli.Run("export", "neo4j-import", root["curated"], "--out", folder, "--database", "news");

        Assert.Equal(0, exit);
        Assert.StartsWith("neo4j-admin database import full news \\\n", stdout, StringComparison.Ordinal);
        Assert.Equal(
            "id:ID(Entity),:LABEL,name,aliases:string[],kind,kgraph_managed:boolean\n" +
            "a,Entity\u001FPerson,\"Ann \"\"Q\"\" O'Neil\n🚀\",,,true\n" +
            "b,Entity\u001FOrganization,Bee,,,true\n",
            File.ReadAllText(Path.Combine(folder, "entities.csv")));
    }

    [Theory]
    [InlineData("cypher")]
    [InlineData("neo4j-import")]
    public void An_empty_prop_name_is_invalid_data_before_anything_is_exported(string format)
    {
        using var root = new TempFolder();
        var file = root.Write("curated/a.yaml", "kgraph: 1\nentities:\n  - {id: a, type: Person, name: Ann, props: {\"\": 0}}\n");

        var (exit, stdout, stderr) = Cli.Run("export", format, root["curated"], "--out", root["out"]);

        Assert.Equal((3, ""), (exit, stdout));
        Assert.StartsWith($"{file}:3:46: 'props' key '' is not allowed; use snake_case: lower-case ASCII letters, digits and '_', starting with a letter\n",
            stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(root["out"]) && Directory.EnumerateFileSystemEntries(root["out"]).Any());
    }

    [Fact]
    public void A_refused_neo4j_import_leaves_the_folders_old_files_as_they_were()
    {
        using var root = new TempFolder();
        root.Write("curated/a.yaml", Data);
        var folder = root["import"];
        Assert.Equal(0, Cli.Run("export", "neo4j-import", root["curated"], "--out", folder).Exit);
        var before = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        root.Write("curated/a.yaml", Data.Replace("name: Bee}", "name: Bee, aliases: [\"B\\x1FE\"]}", StringComparison.Ordinal));

        var (exit, stdout, stderr) = Cli.Run("export", "neo4j-import", root["curated"], "--out", folder);

        Assert.Equal((3, "", "kgraph: entity 'b': a value of 'aliases' contains U+001F, the array delimiter of the import files\n"), (exit, stdout, stderr));
        Assert.Equal(before, Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList());
    }
}
