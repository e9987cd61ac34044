namespace KGraph.Cli.Tests.Commands;

/// <summary>A temporary data folder with a four-entity graph, and a way to run kgraph against it.</summary>
public sealed class AnalysisFixture : IDisposable
{
    public const string GraphYaml = """
        kgraph: 1
        entities:
          - {id: ada, type: Person, name: Ada Lovelace, names: {zh: 阿达·洛芙莱斯}}
          - {id: bob, type: Person, name: Bob Stone}
          - {id: acme, type: Organization, name: Acme}
          - {id: zeta, type: Organization, name: Zeta Labs}
        relationships:
          - {from: ada, type: FOUNDED, to: acme, start: 2020, status: reviewed}
          - {from: bob, type: WORKS_AT, to: acme, start: 2021, end: 2022, status: reviewed}
          - {from: bob, type: INVESTED_IN, to: zeta, start: 2023, status: extracted, confidence: 0.4}

        """;

    public AnalysisFixture()
    {
        Folder = Directory.CreateTempSubdirectory("kgraph-cli-analysis-").FullName;
        Data = Path.Combine(Folder, "data");
        Directory.CreateDirectory(Data);
        File.WriteAllText(Path.Combine(Data, "graph.yaml"), GraphYaml);
    }

    public string Folder { get; }
    public string Data { get; }

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = KGraphApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
