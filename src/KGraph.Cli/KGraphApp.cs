namespace KGraph.Cli;

/// <summary>Entry point; commands are wired in as each stage lands.</summary>
public static class KGraphApp
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("kgraph: no commands yet");
        return 1;
    }
}
