namespace KGraph.Cli.Tests.Commands;

/// <summary>
/// Issue 16: every command that takes an entity name finds the entity under the same spellings
/// (id, name in any case, per-language name, alias, look-alike name dots, full-width Latin, extra spaces)
/// and refuses the same unknown names with the same message.
/// </summary>
public class EntityNameSpellingTests
{
    private const string Data = """
        kgraph: 1
        entities:
          - {id: musk, type: Person, name: 埃隆·马斯克, names: {en: Elon Musk}, aliases: [马斯克]}
          - {id: xai, type: Organization, name: xAI}
          - {id: tesla, type: Organization, name: Tesla}
          - {id: lee, type: Person, name: Lee}
        relationships:
          - {from: musk, type: FOUNDED, to: xai, start: 2023}
          - {from: musk, type: LEADS, to: tesla}
          - {from: lee, type: WORKS_AT, to: xai}
        """;

    public static TheoryData<string> Spellings => new()
    {
        "musk",
        "埃隆·马斯克",
        "埃隆・马斯克",
        "埃隆 ・ 马斯克",
        "埃隆•马斯克",
        "Elon Musk",
        "ELON   musk",
        "Ｅｌｏｎ Ｍｕｓｋ",
        "马斯克",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Neighbors_path_and_both_diagram_options_find_the_entity_under_every_spelling(string spelling)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        Assert.Equal(Cli.Run("neighbors", "musk", "--data", root["data"]), Cli.Run("neighbors", spelling, "--data", root["data"]));
        Assert.Equal(Cli.Run("path", "musk", "tesla", "--data", root["data"]), Cli.Run("path", spelling, "tesla", "--data", root["data"]));
        Assert.Equal(Cli.Run("path", "tesla", "musk", "--data", root["data"]), Cli.Run("path", "tesla", spelling, "--data", root["data"]));
        Assert.Equal(Diagram(root, "--focus", "musk"), Diagram(root, "--focus", spelling));
        Assert.Equal(Diagram(root, "--path", "musk", "tesla"), Diagram(root, "--path", spelling, "Tesla"));
    }

    [Fact]
    public void The_reference_answers_name_the_entity_itself()
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (exit, stdout, stderr) = Cli.Run("path", "musk", "tesla", "--data", root["data"]);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("埃隆·马斯克", stdout, StringComparison.Ordinal);
        Assert.Contains("Tesla", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Elon Muks", "kgraph: no entity is named 'Elon Muks'; did you mean: musk (埃隆·马斯克, Person)?\n")]
    [InlineData("Muskk", "kgraph: no entity is named 'Muskk'; did you mean: musk (埃隆·马斯克, Person)?\n")]
    public void An_unknown_name_gets_the_same_answer_from_every_command(string name, string expected)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var answers = new[]
        {
            Cli.Run("neighbors", name, "--data", root["data"]),
            Cli.Run("path", name, "xai", "--data", root["data"]),
            Cli.Run("path", "xai", name, "--data", root["data"]),
            Cli.Run("diagram", root["data"], "--out", root["out"], "--focus", name),
            Cli.Run("diagram", root["data"], "--out", root["out"], "--path", name, "xai"),
        };

        Assert.All(answers, answer => Assert.Equal((2, "", expected), answer));
        Assert.False(Directory.Exists(root["out"]));
    }

    /// <summary>The diagram files written for a selection, by name, with the command's JSON summary.</summary>
    private static string Diagram(TempFolder root, params string[] selection)
    {
        var output = root[$"out-{Guid.NewGuid():N}"];
        string[] args = ["diagram", root["data"], "--out", output, "--format", "mermaid", "--json", .. selection];
        var (exit, stdout, stderr) = Cli.Run(args);
        Assert.True(exit == 0, stderr);
        var files = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}:\n{File.ReadAllText(f)}");
        return stdout.Replace(output, "OUT", StringComparison.Ordinal) + string.Join("\n", files);
    }
}
