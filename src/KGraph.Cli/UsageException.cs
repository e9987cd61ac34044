namespace KGraph.Cli;

/// <summary>The command line parsed but does not make sense (e.g. -k 0); exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
