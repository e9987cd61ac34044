namespace KGraph.Cli;

/// <summary>What kgraph's exit status means.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Something went wrong that is not the data's fault (I/O, a server).</summary>
    public const int Failure = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>The data is invalid; the problems were printed.</summary>
    public const int InvalidData = 3;
}
